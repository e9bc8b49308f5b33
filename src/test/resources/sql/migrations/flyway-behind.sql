delete from public.flyway_schema_history where version = '2';
