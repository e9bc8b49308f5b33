create table orders (id int primary key, amount numeric not null);
