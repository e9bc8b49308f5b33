-- One table of 5 million rows, four columns of the usual kinds.
create table public.bench_payments (
  id          bigint primary key,
  account     uuid not null,
  amount      numeric(12,2) not null,
  note        text,
  created_at  timestamptz not null
);
insert into public.bench_payments
select g, ('00000000-0000-4000-8000-' || lpad(to_hex(g % 100000), 12, '0'))::uuid, (g % 100000) / 100.0,
       case when g % 7 = 0 then null else 'payment ' || g end, timestamptz '2025-01-01' + g * interval '1 second'
from generate_series(1, 5000000) g;
analyze public.bench_payments;
