-- Bistro after its platform migration (seed 004): demo/bistro-before.sql (repeated here first, unchanged),
-- then the Prisma migration 20250526210850_add_platform_architecture (platform admins, subscriptions,
-- diners and their restaurant profiles; restaurants gain owner and onboarding columns), then the plan's
-- Phase 3 data scripts, written the way the checklist needs them to hold:
--   01 the platform admin from the owner's account
--   02 restaurants connected to their owners (an ADMIN on their staff): Harbour Bistro and Green Table
--   03 a subscription for every active restaurant
--   04 one diner per customer email, case ignored (lower(email) is unique), and a profile per diner and restaurant
-- and then what happens once the new release is live: the test bookings are purged, and two bookings arrive
-- (created minutes before the database is built, so "the newest created_at" is fresh in every run).
-- The API roles hold exactly SELECT and INSERT on diners (authenticated) and nothing (anon).
--
-- Row counts: users 4, restaurants 3, restaurant_staff 4, customers 8, reservations 40 (38 + 2 new),
-- platform_admins 1, subscriptions 2, diners 5, diner_restaurant_profiles 7.

-- bistro-before.sql ----------------------------------------------------------------------------------------

CREATE TABLE public.users (
  id          integer      PRIMARY KEY,
  email       text         NOT NULL UNIQUE,
  name        text         NOT NULL,
  password    text         NOT NULL,
  role        text         NOT NULL CHECK (role IN ('ADMIN', 'SUPERADMIN', 'STAFF')),
  created_at  timestamptz  NOT NULL
);

CREATE TABLE public.restaurants (
  id          integer      PRIMARY KEY,
  name        text         NOT NULL,
  phone       text,
  address     text,
  city        text,
  state       text,
  "zipCode"   text,
  is_active   boolean      NOT NULL DEFAULT true,
  created_at  timestamptz  NOT NULL,
  updated_at  timestamptz  NOT NULL
);

-- user_id has no index: a legacy unindexed key, which "every foreign key in schema public is covered by an
-- index" would report though the release did not touch it
CREATE TABLE public.restaurant_staff (
  id             integer      PRIMARY KEY,
  restaurant_id  integer      NOT NULL REFERENCES public.restaurants (id),
  user_id        integer      NOT NULL REFERENCES public.users (id),
  created_at     timestamptz  NOT NULL
);
CREATE INDEX idx_restaurant_staff_restaurant ON public.restaurant_staff (restaurant_id);

CREATE TABLE public.customers (
  id             integer      PRIMARY KEY,
  restaurant_id  integer      NOT NULL REFERENCES public.restaurants (id),
  email          text,
  name           text         NOT NULL,
  phone          text,
  password       text,
  preferences    jsonb,
  created_at     timestamptz  NOT NULL
);
CREATE INDEX idx_customers_restaurant ON public.customers (restaurant_id);

CREATE TABLE public.reservations (
  id             bigint         PRIMARY KEY,
  restaurant_id  integer        NOT NULL REFERENCES public.restaurants (id),
  customer_id    integer        REFERENCES public.customers (id),
  date           date           NOT NULL,
  party_size     integer        NOT NULL,
  total_amount   numeric(10,2),
  status         text           NOT NULL CHECK (status IN ('completed', 'cancelled', 'test')),
  created_at     timestamptz    NOT NULL
);
CREATE INDEX idx_reservations_restaurant ON public.reservations (restaurant_id);
CREATE INDEX idx_reservations_customer ON public.reservations (customer_id);

INSERT INTO public.users (id, email, name, password, role, created_at) VALUES
  (1, 'owner@harbour-bistro.test', 'Hana Owner',   '$2b$10$hash1', 'ADMIN', '2024-01-10 09:00:00+00'),
  (2, 'chef@harbour-bistro.test',  'Carlos Chef',  '$2b$10$hash2', 'STAFF', '2024-01-11 09:00:00+00'),
  (3, 'owner@green-table.test',    'Gita Green',   '$2b$10$hash3', 'ADMIN', '2024-02-01 09:00:00+00'),
  (4, 'host@old-mill.test',        'Oli Host',     '$2b$10$hash4', 'STAFF', '2024-03-01 09:00:00+00');

INSERT INTO public.restaurants (id, name, phone, address, city, state, "zipCode", is_active, created_at, updated_at) VALUES
  (1, 'Harbour Bistro', '555-0101', '1 Quay Street', 'Portland', 'ME', '04101', true,  '2024-01-10 09:00:00+00', '2024-01-10 09:00:00+00'),
  (2, 'Green Table',    '555-0102', '2 Elm Road',    'Portland', 'ME', '04102', true,  '2024-02-01 09:00:00+00', '2024-02-01 09:00:00+00'),
  (3, 'Old Mill',       '555-0103', '3 Mill Lane',   'Bangor',   'ME', '04401', false, '2024-03-01 09:00:00+00', '2024-03-01 09:00:00+00');

INSERT INTO public.restaurant_staff (id, restaurant_id, user_id, created_at) VALUES
  (1, 1, 1, '2024-01-10 09:00:00+00'),
  (2, 1, 2, '2024-01-11 09:00:00+00'),
  (3, 2, 3, '2024-02-01 09:00:00+00'),
  (4, 3, 4, '2024-03-01 09:00:00+00');

-- Ann is a customer of two restaurants, with her email written two ways; Ben of two, written the same way;
-- one walk-in left no email.
INSERT INTO public.customers (id, restaurant_id, email, name, phone, password, preferences, created_at) VALUES
  (1, 1, 'ann@example.com',   'Ann Lee',     '555-1001', NULL, '{"seating": "window"}', '2024-04-01 18:00:00+00'),
  (2, 2, 'Ann@Example.com',   'Ann Lee',     '555-1001', NULL, NULL,                    '2024-04-03 18:00:00+00'),
  (3, 1, 'ben@example.com',   'Ben Okafor',  '555-1002', NULL, NULL,                    '2024-04-05 18:00:00+00'),
  (4, 1, NULL,                'Walk-in',     NULL,       NULL, NULL,                    '2024-04-06 18:00:00+00'),
  (5, 2, 'chidi@example.com', 'Chidi Eze',   '555-1003', NULL, '{"diet": "vegan"}',     '2024-04-07 18:00:00+00'),
  (6, 2, 'dana@example.com',  'Dana Ruiz',   '555-1004', NULL, NULL,                    '2024-04-08 18:00:00+00'),
  (7, 2, 'ben@example.com',   'Ben Okafor',  '555-1002', NULL, NULL,                    '2024-04-09 18:00:00+00'),
  (8, 3, 'eve@example.com',   'Eve Martin',  '555-1005', NULL, NULL,                    '2024-04-10 18:00:00+00');

-- 40 reservations, the same every run: two are test bookings (7 and 19), every fifth is cancelled.
INSERT INTO public.reservations (id, restaurant_id, customer_id, date, party_size, total_amount, status, created_at)
SELECT g, (g - 1) % 3 + 1, (g - 1) % 8 + 1, date '2025-05-01' + (g % 20), 2 + g % 4, 20 + g * 3.75,
       CASE WHEN g IN (7, 19) THEN 'test' WHEN g % 5 = 0 THEN 'cancelled' ELSE 'completed' END,
       timestamptz '2025-05-01 12:00:00+00' + g * interval '7 hours'
FROM generate_series(1, 40) g;

-- 20250526210850_add_platform_architecture ------------------------------------------------------------------

CREATE TABLE public.platform_admins (
  id          serial       PRIMARY KEY,
  email       text         NOT NULL UNIQUE,
  name        text         NOT NULL,
  password    text         NOT NULL,
  role        text         NOT NULL DEFAULT 'ADMIN',
  created_at  timestamptz  NOT NULL DEFAULT now(),
  updated_at  timestamptz  NOT NULL DEFAULT now()
);

ALTER TABLE public.restaurants
  ADD COLUMN onboarding_status text NOT NULL DEFAULT 'PENDING',
  ADD COLUMN owner_name        text,
  ADD COLUMN owner_email       text,
  ADD COLUMN business_phone    text,
  ADD COLUMN business_address  text,
  ADD COLUMN verified_at       timestamptz;

CREATE TABLE public.subscriptions (
  id                    serial       PRIMARY KEY,
  restaurant_id         integer      NOT NULL UNIQUE REFERENCES public.restaurants (id),
  plan                  text         NOT NULL,
  status                text         NOT NULL,
  current_period_start  timestamptz  NOT NULL,
  current_period_end    timestamptz  NOT NULL,
  trial_ends_at         timestamptz,
  seats                 integer      NOT NULL,
  billing_email         text,
  billing_name          text,
  created_at            timestamptz  NOT NULL DEFAULT now(),
  updated_at            timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE public.diners (
  id           serial       PRIMARY KEY,
  email        text         NOT NULL,
  name         text         NOT NULL,
  phone        text,
  password     text,
  is_verified  boolean      NOT NULL DEFAULT false,
  created_at   timestamptz  NOT NULL DEFAULT now(),
  updated_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX diners_email_lower_key ON public.diners (lower(email));

CREATE TABLE public.diner_restaurant_profiles (
  id               serial         PRIMARY KEY,
  diner_id         integer        NOT NULL REFERENCES public.diners (id),
  restaurant_id    integer        NOT NULL REFERENCES public.restaurants (id),
  visit_count      integer        NOT NULL DEFAULT 0,
  last_visit_date  date,
  total_spent      numeric(12,2)  NOT NULL DEFAULT 0,
  preferences      jsonb,
  created_at       timestamptz    NOT NULL DEFAULT now(),
  updated_at       timestamptz    NOT NULL DEFAULT now(),
  UNIQUE (diner_id, restaurant_id)
);
CREATE INDEX idx_diner_restaurant_profiles_restaurant ON public.diner_restaurant_profiles (restaurant_id);

REVOKE ALL ON public.diners FROM anon, authenticated;
GRANT SELECT, INSERT ON public.diners TO authenticated;

-- 01-create-platform-admin.sql ------------------------------------------------------------------------------

INSERT INTO public.platform_admins (email, name, password, role, created_at, updated_at)
SELECT email, name, password, 'SUPER_ADMIN', now(), now()
FROM public.users WHERE email = 'owner@harbour-bistro.test' LIMIT 1;

-- 02-connect-restaurants-to-platform.sql --------------------------------------------------------------------

UPDATE public.restaurants r
SET onboarding_status = 'ACTIVE',
    owner_name = owner_data.name,
    owner_email = owner_data.email,
    business_phone = r.phone,
    business_address = concat(r.address, ', ', r.city, ', ', r.state, ' ', r."zipCode"),
    verified_at = r.created_at,
    updated_at = now()
FROM (
  SELECT DISTINCT ON (rs.restaurant_id) rs.restaurant_id, u.name, u.email
  FROM public.restaurant_staff rs
  JOIN public.users u ON u.id = rs.user_id
  WHERE u.role = 'ADMIN' OR u.role = 'SUPERADMIN'
  ORDER BY rs.restaurant_id, rs.created_at ASC
) AS owner_data
WHERE r.id = owner_data.restaurant_id;

-- 03-create-subscriptions.sql -------------------------------------------------------------------------------

INSERT INTO public.subscriptions (restaurant_id, plan, status, current_period_start, current_period_end,
                                  trial_ends_at, seats, billing_email, billing_name, created_at, updated_at)
SELECT r.id, 'PROFESSIONAL', 'ACTIVE', now(), now() + interval '30 days', NULL, 20, r.owner_email, r.owner_name, now(), now()
FROM public.restaurants r
WHERE r.is_active = true
  AND NOT EXISTS (SELECT 1 FROM public.subscriptions s WHERE s.restaurant_id = r.id);

-- 04-migrate-customers-to-diners.sql (one diner per email, case ignored) ----------------------------------------

INSERT INTO public.diners (email, name, phone, password, is_verified, created_at, updated_at)
SELECT DISTINCT ON (lower(c.email)) lower(c.email), c.name, c.phone, c.password, true, c.created_at, now()
FROM public.customers c
WHERE c.email IS NOT NULL
ORDER BY lower(c.email), c.created_at
ON CONFLICT ((lower(email))) DO NOTHING;

INSERT INTO public.diner_restaurant_profiles (diner_id, restaurant_id, visit_count, last_visit_date, total_spent,
                                              preferences, created_at, updated_at)
SELECT d.id, c.restaurant_id, coalesce(stats.visit_count, 0), stats.last_visit, coalesce(stats.total_spent, 0),
       c.preferences, c.created_at, now()
FROM public.customers c
JOIN public.diners d ON d.email = lower(c.email)
LEFT JOIN LATERAL (
  SELECT count(*) AS visit_count, max(date) AS last_visit, sum(total_amount) AS total_spent
  FROM public.reservations
  WHERE customer_id = c.id
) stats ON true;

-- Once the release is live ----------------------------------------------------------------------------------

DELETE FROM public.reservations WHERE status = 'test';

INSERT INTO public.reservations (id, restaurant_id, customer_id, date, party_size, total_amount, status, created_at) VALUES
  (41, 1, 3, current_date + 2, 4, 96.00, 'completed', now() - interval '25 minutes'),
  (42, 2, 5, current_date + 3, 2, 48.50, 'completed', now() - interval '10 minutes');
