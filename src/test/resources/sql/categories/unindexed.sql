-- A foreign key without an index on its column, in a schema of its own.
CREATE SCHEMA shop;
CREATE TABLE shop.orders (id integer PRIMARY KEY);
CREATE TABLE shop.order_lines (id integer PRIMARY KEY, order_id integer REFERENCES shop.orders (id));
