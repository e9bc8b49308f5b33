-- lowercase: not a migration
create table c (id int);
