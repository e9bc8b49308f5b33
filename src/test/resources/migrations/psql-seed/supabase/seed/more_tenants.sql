-- read relative to the seed (\ir)
insert into public.tenants (id, name) values (:first_tenant + 1, 'Globex');
