-- A database no migration tool has touched.
create table public.things (id integer primary key);
