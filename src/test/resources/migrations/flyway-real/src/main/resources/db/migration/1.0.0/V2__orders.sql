-- in a subfolder named like a version: Flyway looks inside it, and the folder's name is not a version
create table ${app_schema}.orders (
    id           bigserial primary key,
    warehouse_id bigint not null references ${app_schema}.warehouses (id) on delete restrict,
    status       ${app_schema}.order_status not null default 'new'
);

create trigger orders_audit after insert on ${app_schema}.orders
    for each row execute function ${app_schema}.audit();
