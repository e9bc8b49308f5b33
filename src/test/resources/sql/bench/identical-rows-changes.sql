-- Ten rows differ in the copy: four changed, three missing, three unexpected.
update public.bench_payments set amount = amount + 1 where id in (17, 1250000, 2500000, 4999999);
delete from public.bench_payments where id in (3, 3000001, 4000000);
insert into public.bench_payments values
  (5000001, '00000000-0000-4000-8000-000000000001', 1, 'new', '2026-01-01'),
  (5000002, '00000000-0000-4000-8000-000000000002', 2, null, '2026-01-01'),
  (5000003, '00000000-0000-4000-8000-000000000003', 3, 'new', '2026-01-01');
analyze public.bench_payments;
