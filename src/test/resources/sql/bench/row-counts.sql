-- 100 tables, skewed like a real schema: 97 of 10 000 rows, then 250 000, 500 000 and 1 000 000 (2.72 million rows).
do $$
begin
  for i in 1..100 loop
    execute format('create table public.%I (id bigint primary key, v integer not null)', 'bench_' || lpad(i::text, 3, '0'));
    execute format('insert into public.%I select g, g %% 97 from generate_series(1, %s) g', 'bench_' || lpad(i::text, 3, '0'),
                   case i when 100 then 1000000 when 99 then 500000 when 98 then 250000 else 10000 end);
  end loop;
end $$;
analyze;
