create table ${app_schema}.audit_log (id bigserial primary key, entry text not null);

create function ${app_schema}.audit() returns trigger language plpgsql as $$
begin
    insert into ${app_schema}.audit_log (entry) values (tg_table_name || ': ' || tg_op);
    return new;
end;
$$;
