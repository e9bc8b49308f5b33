CREATE OR REPLACE VIEW item_overview AS
SELECT i.sku, w.name AS warehouse, i.state FROM items i JOIN warehouses w ON w.id = i.warehouse_id;
