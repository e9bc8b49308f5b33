begin;
create table public.accounts (id bigint primary key, balance numeric not null default 0);
commit;

create index concurrently accounts_balance_idx on public.accounts (balance);
