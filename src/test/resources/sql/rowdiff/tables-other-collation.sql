-- The tables of tables.sql, with every text key column under another collation, so the two sides sort text
-- keys differently: an ICU collation when the server has ICU, POSIX otherwise.
do $$
declare
  coll text := coalesce(
    (select quote_ident(collname) from pg_collation where collname = 'und-x-icu' limit 1),
    (select quote_ident(collname) from pg_collation where collname = 'en-x-icu' limit 1),
    '"POSIX"');
begin
  execute format('create table public.rd_text (code text collate %s primary key, label text not null, note text)', coll);
  execute format('create table public.rd_composite (tenant integer, code text collate %s, value text, primary key (tenant, code))', coll);
  execute format('create table public.rd_bigtext (code varchar(20) collate %s primary key, v text not null)', coll);
end $$;
create table public.rd_uuid (id uuid primary key, amount numeric(10,2), note text);
create table public.rd_numeric (id numeric primary key, v text);
create table public.rd_nulls (id integer primary key, a text, b integer);
create table public.rd_big (id bigint primary key, v text not null);
create table public.nopk_things (a integer, b text);
create table public."rd_Mixed ""Case"""("Key Col" integer primary key, "Val" text);
