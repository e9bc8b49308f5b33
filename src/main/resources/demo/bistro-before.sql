-- Bistro before its platform migration (seed 004: "Production Database Migration Plan for Platform
-- Architecture"): one restaurant app's own database, as it ran on Render, with Prisma's column names
-- ("zipCode"). Run after supabase-base.sql. Every run gives the same rows: no random(), fixed timestamps.
-- demo/bistro-after.sql is this database after the Prisma migration 20250526210850_add_platform_architecture
-- and the four data scripts of the plan's Phase 3.
--
-- Row counts: users 4, restaurants 3 (Old Mill inactive), restaurant_staff 4, customers 8 (5 distinct emails
-- when case is ignored, one customer without an email), reservations 40 (2 test bookings).

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
