-- The target after a flawed copy: every kind of difference, in every kind of key.
delete from public.rd_text where code = 'B';                                 -- missing
insert into public.rd_text values ('c', 'sea', null);                          -- unexpected
update public.rd_text set note = null where code = 'a';                        -- changed: 'x' -> NULL
update public.rd_uuid set amount = 1.01 where id = '00000000-0000-4000-8000-000000000001';
update public.rd_composite set value = 'Y' where tenant = 1 and code = 'B';
delete from public.rd_composite where tenant = 2 and code = 'é';
update public.rd_numeric set v = 'ONE' where id = 1.5;
update public.rd_nulls set a = null where id = 2;                              -- '' -> NULL is a change
update public.rd_nulls set b = null where id = 4;
delete from public.rd_big where id in (17, 29999);
update public.rd_big set v = 'changed' where id = 15000;
insert into public.rd_big select g, 'extra ' || g from generate_series(30001, 36000) g;   -- 6000 rows in one range
update public.rd_bigtext set v = 'changed' where code = 'K7B';
update public."rd_Mixed ""Case""" set "Val" = $$x$$ where "Key Col" = 2;
