create table public.tenants (id int primary key, name text not null);
