-- Run after hostile.sql: a copy whose bookings key became bigint (as a Prisma Int -> BigInt migration does),
-- with booking 2500 lost and two new ones, and guest 3 gone.
ALTER TABLE public."bookings; drop table x" ALTER COLUMN id TYPE bigint;
DELETE FROM public."bookings; drop table x" WHERE id = 2500;
INSERT INTO public."bookings; drop table x" VALUES (5001, 1, 'new'), (5002, 2, 'new');
UPDATE public."visits & more" SET "Guest Id" = NULL WHERE "Guest Id" = 3;
DELETE FROM public."Guest 'List'" WHERE "Guest Id" = 3;
