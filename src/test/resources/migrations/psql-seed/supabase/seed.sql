-- A seed written for psql, as a real Supabase project keeps it
\echo 'seeding tenants'
\set first_tenant 1
\set tenant_name 'Acme; Corp''s'
insert into public.tenants (id, name) values (:first_tenant, :'tenant_name');
-- a cast stays a cast, and text in quotes stays text
select ':first_tenant'::text, 1::int;
\ir seed/more_tenants.sql
\i fixtures/admins.sql
\unset first_tenant
\echo done
