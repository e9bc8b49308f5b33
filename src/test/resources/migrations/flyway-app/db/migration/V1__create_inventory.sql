CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA extensions;

CREATE TYPE stock_state AS ENUM ('in_stock', 'backorder', 'discontinued');

CREATE TABLE warehouses (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE items (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    warehouse_id bigint NOT NULL REFERENCES warehouses (id) ON DELETE RESTRICT,
    sku          text NOT NULL,
    state        stock_state NOT NULL DEFAULT 'in_stock',
    attributes   extensions.hstore
);
