delete from public.databasechangelog where id = 'add-email';
