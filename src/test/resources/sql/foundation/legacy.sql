-- A second schema with what the TrackPay demo lacks: a table without a primary key, and a view.
CREATE SCHEMA legacy;
CREATE TABLE legacy.orders (id integer PRIMARY KEY, note text);
CREATE TABLE legacy.order_lines (order_id integer, amount numeric);
CREATE VIEW legacy.open_orders AS SELECT id FROM legacy.orders;
