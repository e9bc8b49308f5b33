create table public.never_created (id int primary key);
