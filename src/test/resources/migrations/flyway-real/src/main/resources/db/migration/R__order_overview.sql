create or replace view ${app_schema}.order_overview as
select o.id, w.code, o.status from ${app_schema}.orders o join ${app_schema}.warehouses w on w.id = o.warehouse_id;
