-- the second location
insert into ${app_schema}.warehouses (code) values ('BER'), ('LIS');
insert into ${app_schema}.orders (warehouse_id, status) select id, 'paid' from ${app_schema}.warehouses where code = 'BER';
