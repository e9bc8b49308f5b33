-- ${app_schema} is a Flyway placeholder, set in application.properties
create schema if not exists ${app_schema};

create table ${app_schema}.warehouses (
    id   bigserial primary key,
    code text not null unique
);
