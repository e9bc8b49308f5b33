insert into public.accounts (id) values (1), (2);
insert into public.accounts (id) values (3);
