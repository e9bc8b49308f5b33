\set settings_table 'TenantSettings'
\echo creating the tenants tables
create table public.tenants (
    id   int primary key,
    name text not null
);

create table public.tenant_admins (
    tenant_id int not null references public.tenants (id),
    email     text not null
);

-- :"var" quotes an identifier
create table public.:"settings_table" (tenant_id int primary key);
