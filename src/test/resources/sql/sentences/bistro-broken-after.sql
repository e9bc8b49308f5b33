-- Run after demo/bistro-after.sql. A careless cutover of seed 004, one defect per sentence of issue 17:
--   a customer lost (the walk-in, 4) and three real bookings (3, 11, 30)       -> still in, row counts, the query's totals
--   Chidi's diner lost, Eve's email loaded twice more in other cases          -> matching on, dependent counts, uniqueness
--   Green Table's owner email mistyped                                         -> matching on, with a condition
--   a subscription for the inactive Old Mill                                   -> matching on, dependent counts
--   the index behind diner_restaurant_profiles.restaurant_id dropped           -> foreign keys covered
--   no booking since the cutover: the two new ones date from three days ago    -> freshness
--   UPDATE on diners granted to authenticated                                  -> exact privileges
UPDATE public.reservations SET customer_id = NULL WHERE customer_id = 4;
DELETE FROM public.customers WHERE id = 4;
DELETE FROM public.reservations WHERE id IN (3, 11, 30);

DELETE FROM public.diner_restaurant_profiles WHERE diner_id = (SELECT id FROM public.diners WHERE email = 'chidi@example.com');
DELETE FROM public.diners WHERE email = 'chidi@example.com';
DROP INDEX public.diners_email_lower_key;
INSERT INTO public.diners (email, name, is_verified) VALUES ('Eve@Example.com', 'Eve Martin', true), ('EVE@EXAMPLE.COM', 'Eve Martin', true);

UPDATE public.restaurants SET owner_email = 'owner@green-tabel.test' WHERE id = 2;
INSERT INTO public.subscriptions (restaurant_id, plan, status, current_period_start, current_period_end, seats)
VALUES (3, 'PROFESSIONAL', 'ACTIVE', now(), now() + interval '30 days', 20);

DROP INDEX public.idx_diner_restaurant_profiles_restaurant;

UPDATE public.reservations SET created_at = created_at - interval '3 days' WHERE id IN (41, 42);

GRANT UPDATE ON public.diners TO authenticated;
