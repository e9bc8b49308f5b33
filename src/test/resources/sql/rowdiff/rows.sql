-- The same rows on both sides; inserted in a different order than the keys sort, on purpose.
insert into public.rd_text values
  ('b', 'bee', null), ('B', 'Bee', ''), ('a', 'ay', 'x'), ('A b', 'space', null), ('é', 'e acute', null),
  ('Z', 'zed', null), ('_under', 'underscore', null), ('10', 'ten', null), ('9', 'nine', null);
insert into public.rd_uuid values
  ('00000000-0000-4000-8000-000000000003', 3.50, null),
  ('00000000-0000-4000-8000-000000000001', 1.00, 'one'),
  ('ffffffff-0000-4000-8000-000000000002', 2.25, 'two');
insert into public.rd_composite values (1, 'a', 'x'), (1, 'B', 'y'), (2, 'a', null), (2, 'é', 'z'), (10, 'a', 'w');
insert into public.rd_numeric values (1, 'one'), (1.5, 'one and a half'), (2.25, 'two and a quarter'), (10, 'ten'), (-3.125, 'minus');
insert into public.rd_nulls values (1, null, null), (2, '', 0), (3, 'null', null), (4, 'x', 4);
insert into public.rd_big select g, 'row ' || g from generate_series(1, 30000) g;
insert into public.rd_bigtext select 'K' || g || case when g % 3 = 0 then 'a' when g % 3 = 1 then 'B' else 'é' end, 'v' || g
  from generate_series(1, 12000) g;
insert into public.nopk_things values (1, 'one'), (1, 'one');
insert into public."rd_Mixed ""Case"""values (1, $$its$$), (2, null);
