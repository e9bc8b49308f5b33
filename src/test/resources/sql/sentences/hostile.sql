-- Run after demo/supabase-base.sql. Names a checklist must quote (quotes, semicolons, spaces), values with quotes,
-- an empty table, a table without a key, and enough rows to be cut into ranges.
CREATE TABLE public."Guest 'List'" (
  "Guest Id"    integer      PRIMARY KEY,
  "e-mail"      text,
  "Created At"  timestamptz  NOT NULL,
  note          text
);
INSERT INTO public."Guest 'List'" VALUES
  (1, 'o''brien@example.com', '2025-01-01 10:00:00+00', 'semi;colon'),
  (2, 'O''Brien@Example.com', '2025-01-02 10:00:00+00', '-- not a comment'),
  (3, NULL,                    '2025-01-03 10:00:00+00', 'drop table x');
CREATE TABLE public."visits & more" (
  id          integer  PRIMARY KEY,
  "Guest Id"  integer  REFERENCES public."Guest 'List'" ("Guest Id")
);
CREATE INDEX ON public."visits & more" ("Guest Id");
INSERT INTO public."visits & more" VALUES (10, 1), (11, 2), (12, 2), (13, NULL);
CREATE TABLE public."bookings; drop table x" (id integer PRIMARY KEY, amount numeric(10,2), note text);
INSERT INTO public."bookings; drop table x" SELECT g, g * 1.5, 'booking ' || g FROM generate_series(1, 5000) g;
CREATE TABLE public.empty_things (id integer PRIMARY KEY, created_at timestamptz);
CREATE SEQUENCE public.counter;
CREATE TABLE public.no_key (a integer, b text);
INSERT INTO public.no_key VALUES (1, 'x');
