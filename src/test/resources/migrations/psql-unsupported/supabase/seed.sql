\echo seeding
insert into public.tenants values (1, 'Acme');

\copy public.tenants from 'tenants.csv' with csv
