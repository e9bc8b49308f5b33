-- Functions that reach outside a transaction, and wrappers around them, for the promise that a checklist's SQL
-- cannot use them. Applied as the superuser on top of the TrackPay demo.
CREATE EXTENSION IF NOT EXISTS dblink;

CREATE TABLE public.escape_log (id bigserial PRIMARY KEY, msg text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE SEQUENCE public.invoice_numbers;

-- a PL/pgSQL wrapper: the server cannot show what its body calls
CREATE FUNCTION public.log_elsewhere(target text) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dblink_exec(target, 'insert into public.escape_log(msg) values (''through a plpgsql wrapper'')');
  RETURN 1;
END $$;

-- the same, declared STABLE: a label nobody checks
CREATE FUNCTION public.log_elsewhere_stable(target text) RETURNS int LANGUAGE plpgsql STABLE AS $$
BEGIN
  PERFORM dblink_exec(target, 'insert into public.escape_log(msg) values (''through a stable wrapper'')');
  RETURN 1;
END $$;

-- a SQL wrapper whose body the server can read: it calls dblink_exec
CREATE FUNCTION public.log_elsewhere_sql(target text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  select dblink_exec($1, 'insert into public.escape_log(msg) values (''through a sql wrapper'')')
$$;

-- a SQL-standard body, stored as a tree: its calls are in the catalog (created through EXECUTE: the driver splits
-- statements at the semicolon inside BEGIN ATOMIC)
DO $do$ BEGIN EXECUTE $f$
CREATE FUNCTION public.log_elsewhere_atomic(target text) RETURNS text LANGUAGE sql
BEGIN ATOMIC
  select dblink_exec(target, 'insert into public.escape_log(msg) values (''through an atomic body'')');
END $f$; END $do$;

-- SQL wrappers two deep, the inner one around pg_terminate_backend
CREATE FUNCTION public.end_session(pid int) RETURNS boolean LANGUAGE sql AS $$ select pg_terminate_backend($1) $$;
CREATE FUNCTION public.end_sessions_named(app text) RETURNS bigint LANGUAGE sql STABLE AS $$
  select count(public.end_session(pid)) from pg_stat_activity where application_name = $1
$$;

-- harmless SQL functions of the database, which checklists may call
CREATE FUNCTION public.relationship_count() RETURNS bigint LANGUAGE sql STABLE AS $$
  select count(*) from public.trackpay_relationships
$$;
DO $do$ BEGIN EXECUTE $f$
CREATE FUNCTION public.add_vat(amount numeric, rate numeric DEFAULT 0.2) RETURNS numeric LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
  select round(amount * (1 + rate), 2);
END $f$; END $do$;
CREATE FUNCTION public.cents(numeric) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ select ($1 * 100)::bigint $$;

-- an argument default that escapes
CREATE FUNCTION public.stamp(note text DEFAULT public.log_elsewhere('dbname=nowhere')::text) RETURNS text LANGUAGE sql AS $$
  select $1
$$;

-- an operator whose function escapes
CREATE FUNCTION public.equal_and_log(a int, b int) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  RETURN a = b;
END $$;
CREATE OPERATOR public.=== (LEFTARG = int, RIGHTARG = int, FUNCTION = public.equal_and_log);

-- a domain whose CHECK calls a function the server cannot show
CREATE FUNCTION public.positive_and_log(v int) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RETURN v > 0; END $$;
CREATE DOMAIN public.positive_int AS int CHECK (public.positive_and_log(VALUE));

-- an aggregate of the database whose step function is PL/pgSQL
CREATE FUNCTION public.sum_step(state bigint, v int) RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RETURN state + v; END $$;
CREATE AGGREGATE public.plsum(int) (SFUNC = public.sum_step, STYPE = bigint, INITCOND = '0');

-- a view over a function the guard would refuse: the view is the database's own definition, read like a table
CREATE VIEW public.relationship_summary AS select public.relationship_count() as relationships;
