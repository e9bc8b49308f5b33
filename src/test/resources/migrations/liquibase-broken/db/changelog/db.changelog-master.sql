--liquibase formatted sql

--changeset ana:orders
create table orders (id int primary key, amount numeric not null);

--changeset ana:totals
create view order_totals as
select id, sum(amout) as total from orders group by id;
