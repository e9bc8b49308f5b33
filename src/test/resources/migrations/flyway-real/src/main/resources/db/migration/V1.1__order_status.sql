create type ${app_schema}.order_status as enum ('new', 'paid');
