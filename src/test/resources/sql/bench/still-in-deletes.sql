-- Ten rows lost in the copy, spread over the key space; two more arrive, as they would after a cutover.
delete from public.bench_payments where id in (3, 499999, 1000000, 1750001, 2500000, 3000001, 3333333, 4000000, 4500017, 4999998);
insert into public.bench_payments values
  (5000001, '00000000-0000-4000-8000-000000000001', 1, 'new', '2026-01-01'),
  (5000002, '00000000-0000-4000-8000-000000000002', 2, null, '2026-01-01');
analyze public.bench_payments;
