-- TRVL Social v3, cut down to what seed 003 checks after a migration:
-- the adventure search (EXPLAIN of the hiking query uses idx_adventures_category),
-- bookings and booking_payments behind row level security (SET ROLE anon sees
-- nothing in booking_payments), and a payments table anon may not read at all.
-- Run after supabase-base.sql, as postgres. Deterministic: no random(), no now() in rows.
--
-- Row counts
--   auth.users / profiles        4   (2 travelers, 2 vendor owners)
--   vendors                      2
--   adventures               20000   (2500 per category, every 8th row hiking,
--                                     every 5th row inactive)
--   bookings                    20   (confirmed 12, pending 5, cancelled 3)
--   booking_payments            12   (one per confirmed booking)
--   stripe_payment_intents      12
--
-- Key uuids (auth.users id = profiles id)
--   traveler Tara   a0000000-0000-4000-8000-000000000001   bookings 1, 3, 5 ... 19
--   traveler Theo   a0000000-0000-4000-8000-000000000002   bookings 2, 4, 6 ... 20
--   vendor   Vera   a0000000-0000-4000-8000-000000000003   vendor b0000000-0000-4000-8000-000000000001
--   vendor   Victor a0000000-0000-4000-8000-000000000004   vendor b0000000-0000-4000-8000-000000000002
-- Bookings are c0000000-0000-4000-8000-0000000000NN (NN = 01..20), payments d0000000-...
--
-- What the API roles see through row level security
--   anon            sees 16000 active adventures, no bookings, no booking_payments,
--                   and reading stripe_payment_intents is denied (no grant)
--   Tara, Theo      each see 10 bookings and 6 booking_payments
--   Vera            sees the 10 bookings of her vendor (odd bookings), no payments

CREATE TABLE public.profiles (
  id          uuid         PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE,
  username    text         NOT NULL UNIQUE,
  role        text         NOT NULL CHECK (role IN ('traveler', 'vendor', 'admin')),
  location    text,
  created_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE public.vendors (
  id             uuid         PRIMARY KEY,
  user_id        uuid         NOT NULL REFERENCES public.profiles (id),
  business_name  text         NOT NULL,
  status         text         NOT NULL CHECK (status IN ('pending', 'active', 'suspended', 'inactive'))
);

CREATE TABLE public.adventures (
  id          uuid           PRIMARY KEY,
  vendor_id   uuid           NOT NULL REFERENCES public.vendors (id),
  title       text           NOT NULL,
  category    text           NOT NULL,
  location    text           NOT NULL,
  rating      numeric(3,2)   NOT NULL,
  price       numeric(10,2)  NOT NULL,
  is_active   boolean        NOT NULL DEFAULT true,
  created_at  timestamptz    NOT NULL
);

CREATE TABLE public.bookings (
  id            uuid           PRIMARY KEY,
  user_id       uuid           NOT NULL REFERENCES public.profiles (id),
  vendor_id     uuid           NOT NULL REFERENCES public.vendors (id),
  adventure_id  uuid           NOT NULL REFERENCES public.adventures (id),
  booking_date  date           NOT NULL,
  status        text           NOT NULL CHECK (status IN ('pending', 'confirmed', 'cancelled')),
  participants  integer        NOT NULL,
  total_amount  numeric(10,2)  NOT NULL
);

CREATE TABLE public.booking_payments (
  id          uuid           PRIMARY KEY,
  booking_id  uuid           NOT NULL REFERENCES public.bookings (id) ON DELETE RESTRICT,
  amount      numeric(10,2)  NOT NULL,
  method      text           NOT NULL,
  status      text           NOT NULL,
  paid_at     timestamptz    NOT NULL
);

CREATE TABLE public.stripe_payment_intents (
  id          uuid           PRIMARY KEY,
  booking_id  uuid           NOT NULL REFERENCES public.bookings (id),
  stripe_id   text           NOT NULL,
  amount      numeric(10,2)  NOT NULL
);

-- Indexes (seed 003, Performance Considerations) -----------------------------

CREATE INDEX idx_profiles_username ON public.profiles (username);
CREATE INDEX idx_profiles_role ON public.profiles (role);
CREATE INDEX idx_profiles_location ON public.profiles (location);
-- category first, then rating: the search filters on one and sorts by the other
CREATE INDEX idx_adventures_category ON public.adventures (category, rating DESC);
CREATE INDEX idx_adventures_location ON public.adventures (location);
CREATE INDEX idx_adventures_rating ON public.adventures (rating);
CREATE INDEX idx_adventures_vendor_id ON public.adventures (vendor_id);
CREATE INDEX idx_bookings_user_id ON public.bookings (user_id);
CREATE INDEX idx_bookings_adventure_id ON public.bookings (adventure_id);
CREATE INDEX idx_bookings_booking_date ON public.bookings (booking_date);
CREATE INDEX idx_bookings_vendor_id ON public.bookings (vendor_id);
CREATE INDEX idx_booking_payments_booking_id ON public.booking_payments (booking_id);
CREATE INDEX idx_stripe_payment_intents_booking_id ON public.stripe_payment_intents (booking_id);

-- Row level security -----------------------------------------------------------

ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.vendors ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.adventures ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.bookings ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.booking_payments ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.stripe_payment_intents ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Public profiles are viewable by everyone"
  ON public.profiles FOR SELECT USING (true);

CREATE POLICY "Users can update own profile"
  ON public.profiles FOR UPDATE USING (auth.uid() = id);

CREATE POLICY "Vendors are viewable by everyone"
  ON public.vendors FOR SELECT USING (status = 'active');

CREATE POLICY "Active adventures are viewable by everyone"
  ON public.adventures FOR SELECT USING (is_active);

CREATE POLICY "Users can view own bookings"
  ON public.bookings FOR SELECT
  USING (auth.uid() = user_id OR EXISTS (
    SELECT 1 FROM vendors WHERE vendors.id = bookings.vendor_id
    AND vendors.user_id = auth.uid()
  ));

CREATE POLICY "Users can view own booking payments"
  ON public.booking_payments FOR SELECT
  TO authenticated
  USING (EXISTS (
    SELECT 1 FROM bookings WHERE bookings.id = booking_payments.booking_id
    AND bookings.user_id = auth.uid()
  ));

CREATE POLICY "Service role manages payment intents"
  ON public.stripe_payment_intents FOR ALL
  TO service_role
  USING (true);

-- Payment intents are for the server only: the API roles get no privilege at all.
REVOKE ALL ON public.stripe_payment_intents FROM anon, authenticated;

-- Data ---------------------------------------------------------------------------

INSERT INTO auth.users (id, instance_id, aud, role, email, created_at, updated_at)
VALUES
  ('a0000000-0000-4000-8000-000000000001', '00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated',
   'tara@trvl.test', '2024-09-20 10:00:00+00', '2024-09-20 10:00:00+00'),
  ('a0000000-0000-4000-8000-000000000002', '00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated',
   'theo@trvl.test', '2024-09-21 10:00:00+00', '2024-09-21 10:00:00+00'),
  ('a0000000-0000-4000-8000-000000000003', '00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated',
   'vera@trvl.test', '2024-09-15 10:00:00+00', '2024-09-15 10:00:00+00'),
  ('a0000000-0000-4000-8000-000000000004', '00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated',
   'victor@trvl.test', '2024-09-16 10:00:00+00', '2024-09-16 10:00:00+00');

INSERT INTO public.profiles (id, username, role, location, created_at)
VALUES
  ('a0000000-0000-4000-8000-000000000001', 'tara',   'traveler', 'Lisbon',    '2024-09-20 10:00:00+00'),
  ('a0000000-0000-4000-8000-000000000002', 'theo',   'traveler', 'Nairobi',   '2024-09-21 10:00:00+00'),
  ('a0000000-0000-4000-8000-000000000003', 'vera',   'vendor',   'Chamonix',  '2024-09-15 10:00:00+00'),
  ('a0000000-0000-4000-8000-000000000004', 'victor', 'vendor',   'Queenstown', '2024-09-16 10:00:00+00');

INSERT INTO public.vendors (id, user_id, business_name, status)
VALUES
  ('b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003', 'Vera Alpine Guides', 'active'),
  ('b0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000004', 'Victor Wild Rivers', 'active');

-- Adventure n: vendor by parity, category cycling through 8 (n % 8 = 0 is hiking),
-- inactive when n % 5 = 0, rating 1.00 to 5.00 spread by a fixed multiplier.
INSERT INTO public.adventures (id, vendor_id, title, category, location, rating, price, is_active, created_at)
SELECT
  md5('adventure ' || n)::uuid,
  CASE WHEN n % 2 = 1 THEN 'b0000000-0000-4000-8000-000000000001'::uuid ELSE 'b0000000-0000-4000-8000-000000000002'::uuid END,
  'Adventure ' || n,
  (ARRAY['hiking', 'kayaking', 'climbing', 'diving', 'cycling', 'skiing', 'surfing', 'safari'])[n % 8 + 1],
  (ARRAY['Chamonix', 'Queenstown', 'Lisbon', 'Nairobi', 'Banff'])[n % 5 + 1],
  round(1 + ((n * 7919) % 401) / 100.0, 2),
  round(20 + ((n * 104729) % 98000) / 100.0, 2),
  n % 5 <> 0,
  timestamptz '2024-09-14 00:00:00+00' + n * interval '1 minute'
FROM generate_series(1, 20000) AS n;

-- Booking n: Tara for odd n, Theo for even; confirmed 1-12, pending 13-17, cancelled 18-20.
INSERT INTO public.bookings (id, user_id, vendor_id, adventure_id, booking_date, status, participants, total_amount)
SELECT
  ('c0000000-0000-4000-8000-0000000000' || lpad(n::text, 2, '0'))::uuid,
  CASE WHEN n % 2 = 1 THEN 'a0000000-0000-4000-8000-000000000001'::uuid ELSE 'a0000000-0000-4000-8000-000000000002'::uuid END,
  CASE WHEN n % 2 = 1 THEN 'b0000000-0000-4000-8000-000000000001'::uuid ELSE 'b0000000-0000-4000-8000-000000000002'::uuid END,
  md5('adventure ' || n)::uuid,
  date '2025-10-01' + n,
  CASE WHEN n <= 12 THEN 'confirmed' WHEN n <= 17 THEN 'pending' ELSE 'cancelled' END,
  1 + n % 4,
  (1 + n % 4) * 95.50
FROM generate_series(1, 20) AS n;

INSERT INTO public.booking_payments (id, booking_id, amount, method, status, paid_at)
SELECT
  ('d0000000-0000-4000-8000-0000000000' || lpad(n::text, 2, '0'))::uuid,
  ('c0000000-0000-4000-8000-0000000000' || lpad(n::text, 2, '0'))::uuid,
  (1 + n % 4) * 95.50,
  CASE WHEN n % 3 = 0 THEN 'split' ELSE 'card' END,
  'succeeded',
  timestamptz '2025-09-20 12:00:00+00' + n * interval '1 hour'
FROM generate_series(1, 12) AS n;

INSERT INTO public.stripe_payment_intents (id, booking_id, stripe_id, amount)
SELECT
  ('e0000000-0000-4000-8000-0000000000' || lpad(n::text, 2, '0'))::uuid,
  ('c0000000-0000-4000-8000-0000000000' || lpad(n::text, 2, '0'))::uuid,
  'pi_demo_' || lpad(n::text, 4, '0'),
  (1 + n % 4) * 95.50
FROM generate_series(1, 12) AS n;

-- Planner statistics, as seed 003's "Index Performance" advice says: without
-- them a fresh table looks empty and every plan is a sequential scan.
ANALYZE public.profiles;
ANALYZE public.vendors;
ANALYZE public.adventures;
ANALYZE public.bookings;
ANALYZE public.booking_payments;
ANALYZE public.stripe_payment_intents;
