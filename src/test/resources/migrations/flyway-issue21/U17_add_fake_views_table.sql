-- one underscore: not a migration
create table fake_views (id int);
