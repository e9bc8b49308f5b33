--liquibase formatted sql

--changeset ana:seed-customers
insert into customers (email) values ('ana@example.com'), ('ben@example.com');

--changeset ben:seed-orders
insert into orders (customer_id) select id from customers where email = 'ana@example.com';
