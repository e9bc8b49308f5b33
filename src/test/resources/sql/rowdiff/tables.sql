-- Row comparison fixtures: one table per kind of primary key. Text keys use the database's default collation here;
-- tables-other-collation.sql makes the same tables with an ICU (or POSIX) collation on the text keys.
create table public.rd_text (code text primary key, label text not null, note text);
create table public.rd_uuid (id uuid primary key, amount numeric(10,2), note text);
create table public.rd_composite (tenant integer, code text, value text, primary key (tenant, code));
create table public.rd_numeric (id numeric primary key, v text);
create table public.rd_nulls (id integer primary key, a text, b integer);
create table public.rd_big (id bigint primary key, v text not null);
create table public.rd_bigtext (code varchar(20) primary key, v text not null);
create table public.nopk_things (a integer, b text);
create table public."rd_Mixed ""Case"""("Key Col" integer primary key, "Val" text);
