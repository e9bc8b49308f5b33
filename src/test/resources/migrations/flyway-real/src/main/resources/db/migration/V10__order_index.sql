create index orders_status_idx on ${app_schema}.orders (status);
