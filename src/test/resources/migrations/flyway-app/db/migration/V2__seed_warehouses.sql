INSERT INTO warehouses (name) VALUES ('Lisbon'), ('Nairobi');
INSERT INTO items (warehouse_id, sku) SELECT id, 'SKU-' || name FROM warehouses;
