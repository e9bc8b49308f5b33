-- A database for the schema-object, function and setting checklists: an audit
-- schema, an enum, columns with defaults, definer functions with and without a
-- fixed search_path, and an overloaded function. Run after supabase-base.sql.

CREATE SCHEMA audit;

CREATE TYPE public.user_role AS ENUM ('traveler', 'vendor', 'admin');

CREATE TABLE public.profiles (
  id          uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
  email       varchar(120)  NOT NULL,
  role        public.user_role NOT NULL DEFAULT 'traveler',
  score       integer       DEFAULT 0,
  is_active   boolean       NOT NULL DEFAULT true,
  created_at  timestamptz   NOT NULL DEFAULT now(),
  nickname    text
);

CREATE TABLE audit.events (
  id       bigserial  PRIMARY KEY,
  payload  jsonb      NOT NULL DEFAULT '{}'::jsonb
);

CREATE FUNCTION public.set_role_safely(p_user uuid, p_role public.user_role) RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
BEGIN
  IF auth.uid() IS NULL THEN
    RAISE EXCEPTION 'Not authenticated';
  END IF;
  UPDATE profiles SET role = p_role WHERE id = p_user;
END
$$;

-- A definer function without a fixed search_path: the defect the checklist catches.
CREATE FUNCTION public.leaky_definer() RETURNS integer
LANGUAGE sql
SECURITY DEFINER
AS $$ select count(*)::integer from public.profiles $$;

CREATE FUNCTION public.profile_count() RETURNS bigint
LANGUAGE sql STABLE
AS $$ select count(*) from public.profiles $$;

CREATE FUNCTION public.greet(name text) RETURNS text
LANGUAGE sql IMMUTABLE
AS $$ select 'hello ' || name $$;

CREATE FUNCTION public.greet(times integer) RETURNS text
LANGUAGE sql IMMUTABLE
AS $$ select repeat('hello ', times) $$;

CREATE FUNCTION audit.log_event(p jsonb) RETURNS void
LANGUAGE sql
SECURITY DEFINER
SET search_path = ''
AS $$ insert into audit.events (payload) values (p) $$;
