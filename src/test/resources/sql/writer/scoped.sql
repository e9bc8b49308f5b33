-- Two schemas, tables a checklist should leave out, and names that are hard to write in a checklist.
-- Run after supabase-base.sql, as postgres.

CREATE TABLE public.orders (
  id     serial PRIMARY KEY,
  note   text
);
CREATE TABLE public.tmp_import (id int);
CREATE TABLE public.secret_notes (id int PRIMARY KEY, body text);

CREATE SCHEMA audit;
GRANT USAGE ON SCHEMA audit TO authenticated;
CREATE TABLE audit.events (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id  int REFERENCES public.orders (id) ON DELETE SET NULL,
  at        timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE audit.secret_keys (id int);
CREATE FUNCTION audit.record(p_order int) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = audit, pg_temp
AS $$ INSERT INTO audit.events (order_id) VALUES (p_order) $$;
GRANT SELECT ON audit.events TO authenticated;

-- names with quotes, dots, pipes, commas, semicolons and ${...}
CREATE TABLE public."Odd; drop table orders--" (
  id          int PRIMARY KEY,
  "a,b"       int REFERENCES public.orders (id),
  "pipe|col"  text DEFAULT '${HOME}',
  "back\slash" text DEFAULT 'C:\temp'
);
CREATE TABLE public."we""ird" (id int);
CREATE TABLE public."dot.ted" (id int);
ALTER TABLE public."dot.ted" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "pipes | and ; semicolons" ON public.orders FOR SELECT TO authenticated USING (note <> 'a|b' AND note <> 'multi
line');
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;

CREATE TYPE public.mood AS ENUM (' padded', 'fine');
CREATE TYPE public.weather AS ENUM ('label', 'sun|rain', 'snow');
CREATE TYPE public."MyType" AS ENUM ('x');
CREATE FUNCTION public.describe_it(value "MyType") RETURNS text LANGUAGE sql AS $$ SELECT value::text $$;
REVOKE EXECUTE ON FUNCTION public.describe_it("MyType") FROM PUBLIC, anon;

-- a default that equals a secret of the run that writes the checklist
CREATE TABLE public.webhooks (id int PRIMARY KEY, token text DEFAULT 'whsec_0123456789abcdef');
