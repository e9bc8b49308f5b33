-- Supabase-like base for demo and test databases.
--
-- Gives a fresh PostgreSQL database the pieces that real Supabase migrations
-- expect to find: the API roles, the extensions schema, a minimal auth schema
-- with auth.uid(), auth.role(), auth.jwt() and auth.email(), a minimal storage
-- schema, the supabase_migrations history table, the public schema grants and
-- default privileges, and the supabase_realtime publication.
--
-- Run as a superuser named postgres. Valid on PostgreSQL 15 and 17.
-- Roles are cluster-wide, so every role is created behind a guard: several
-- databases on one server may each run this file, even at the same time.
-- Everything else is per database and also guarded, so running the file twice
-- on one database is harmless.
--
-- Executed over JDBC as plain SQL: statements end with semicolons, function
-- bodies are dollar-quoted, there are no psql meta-commands, and comments hold
-- no semicolons or quote marks.

-- Roles --------------------------------------------------------------------

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'anon') THEN
    CREATE ROLE anon NOLOGIN NOINHERIT;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- another database created it at the same moment
END $$;

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'authenticated') THEN
    CREATE ROLE authenticated NOLOGIN NOINHERIT;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END $$;

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'service_role') THEN
    CREATE ROLE service_role NOLOGIN NOINHERIT BYPASSRLS;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END $$;

-- Supabase gives authenticator LOGIN with a password. Here it cannot log in,
-- since a test server usually trusts local connections.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'authenticator') THEN
    CREATE ROLE authenticator NOLOGIN NOINHERIT;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END $$;

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'supabase_admin') THEN
    CREATE ROLE supabase_admin NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END $$;

-- authenticator switches to the API roles (SET ROLE), as PostgREST does.
DO $$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['anon', 'authenticated', 'service_role'] LOOP
    IF NOT pg_has_role('authenticator', r, 'MEMBER') THEN
      EXECUTE format('GRANT %I TO authenticator', r);
    END IF;
  END LOOP;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END $$;

-- Extensions ---------------------------------------------------------------

CREATE SCHEMA IF NOT EXISTS extensions;
GRANT USAGE ON SCHEMA extensions TO anon, authenticated, service_role;

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA extensions;

-- Like Supabase, only pgcrypto and uuid-ossp are installed up front. Every
-- other contrib extension of the server binaries (pg_trgm, citext, hstore,
-- ltree, btree_gist, unaccent, moddatetime and more) is available, for a
-- migration to create WITH SCHEMA extensions as it would on Supabase. The
-- extensions schema is on the search path of the database, as on Supabase,
-- so migrations may call uuid_generate_v4() or use citext unqualified.
-- ALTER DATABASE settings are not copied with a template, so whoever copies
-- this database sets the search path again.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET search_path TO "$user", public, extensions', current_database());
END $$;

-- auth ---------------------------------------------------------------------

CREATE SCHEMA IF NOT EXISTS auth;
GRANT USAGE ON SCHEMA auth TO anon, authenticated, service_role;

CREATE TABLE IF NOT EXISTS auth.users (
  id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  instance_id         uuid,
  aud                 text,
  role                text,
  email               text,
  encrypted_password  text,
  email_confirmed_at  timestamptz,
  last_sign_in_at     timestamptz,
  raw_app_meta_data   jsonb,
  raw_user_meta_data  jsonb,
  is_super_admin      boolean,
  phone               text,
  is_anonymous        boolean     NOT NULL DEFAULT false,
  created_at          timestamptz DEFAULT now(),
  updated_at          timestamptz DEFAULT now(),
  deleted_at          timestamptz
);

CREATE INDEX IF NOT EXISTS users_instance_id_email_idx ON auth.users (instance_id, lower(email));

CREATE TABLE IF NOT EXISTS auth.identities (
  id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id      text        NOT NULL,
  user_id          uuid        NOT NULL,
  identity_data    jsonb       NOT NULL,
  provider         text        NOT NULL,
  last_sign_in_at  timestamptz,
  created_at       timestamptz DEFAULT now(),
  updated_at       timestamptz DEFAULT now(),
  CONSTRAINT identities_user_id_fkey FOREIGN KEY (user_id)
    REFERENCES auth.users (id) ON DELETE CASCADE,
  CONSTRAINT identities_provider_id_provider_unique UNIQUE (provider_id, provider)
);

CREATE INDEX IF NOT EXISTS identities_user_id_idx ON auth.identities (user_id);

-- The request claims, read the way Supabase reads them: the JSON setting
-- request.jwt.claims, with the older one-claim settings taking precedence.
CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid
LANGUAGE sql STABLE
AS $$
  select
  coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;

CREATE OR REPLACE FUNCTION auth.role() RETURNS text
LANGUAGE sql STABLE
AS $$
  select
  coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;

CREATE OR REPLACE FUNCTION auth.email() RETURNS text
LANGUAGE sql STABLE
AS $$
  select
  coalesce(
    nullif(current_setting('request.jwt.claim.email', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
  )::text
$$;

CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb
LANGUAGE sql STABLE
AS $$
  select
    coalesce(
        nullif(current_setting('request.jwt.claim', true), ''),
        nullif(current_setting('request.jwt.claims', true), '')
    )::jsonb
$$;

GRANT EXECUTE ON FUNCTION auth.uid(), auth.role(), auth.email(), auth.jwt()
  TO anon, authenticated, service_role;

-- storage ------------------------------------------------------------------

CREATE SCHEMA IF NOT EXISTS storage;
GRANT USAGE ON SCHEMA storage TO anon, authenticated, service_role;

CREATE TABLE IF NOT EXISTS storage.buckets (
  id                  text        PRIMARY KEY,
  name                text        NOT NULL,
  owner               uuid,
  public              boolean     DEFAULT false,
  file_size_limit     bigint,
  allowed_mime_types  text[],
  created_at          timestamptz DEFAULT now(),
  updated_at          timestamptz DEFAULT now(),
  CONSTRAINT buckets_name_key UNIQUE (name)
);

CREATE TABLE IF NOT EXISTS storage.objects (
  id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  bucket_id   text,
  name        text,
  owner       uuid,
  created_at  timestamptz DEFAULT now(),
  updated_at  timestamptz DEFAULT now(),
  metadata    jsonb,
  CONSTRAINT objects_bucketId_fkey FOREIGN KEY (bucket_id) REFERENCES storage.buckets (id)
);

CREATE UNIQUE INDEX IF NOT EXISTS bucketid_objname ON storage.objects (bucket_id, name);

-- Columns storage policies refer to, and row level security switched on, as
-- Supabase ships the storage tables.
ALTER TABLE storage.objects ADD COLUMN IF NOT EXISTS owner_id text;
ALTER TABLE storage.objects ADD COLUMN IF NOT EXISTS version text;
ALTER TABLE storage.objects ADD COLUMN IF NOT EXISTS user_metadata jsonb;
ALTER TABLE storage.objects ADD COLUMN IF NOT EXISTS path_tokens text[]
  GENERATED ALWAYS AS (string_to_array(name, '/')) STORED;
ALTER TABLE storage.buckets ENABLE ROW LEVEL SECURITY;
ALTER TABLE storage.objects ENABLE ROW LEVEL SECURITY;

CREATE OR REPLACE FUNCTION storage.foldername(name text) RETURNS text[]
LANGUAGE plpgsql
AS $$
DECLARE
  _parts text[];
BEGIN
  select string_to_array(name, '/') into _parts;
  return _parts[1:array_length(_parts, 1) - 1];
END
$$;

CREATE OR REPLACE FUNCTION storage.filename(name text) RETURNS text
LANGUAGE plpgsql
AS $$
DECLARE
  _parts text[];
BEGIN
  select string_to_array(name, '/') into _parts;
  return _parts[array_length(_parts, 1)];
END
$$;

CREATE OR REPLACE FUNCTION storage.extension(name text) RETURNS text
LANGUAGE plpgsql
AS $$
DECLARE
  _parts text[];
  _filename text;
BEGIN
  select string_to_array(name, '/') into _parts;
  select _parts[array_length(_parts, 1)] into _filename;
  return reverse(split_part(reverse(_filename), '.', 1));
END
$$;

GRANT SELECT ON storage.buckets, storage.objects TO anon, authenticated;
GRANT ALL ON storage.buckets, storage.objects TO service_role;
GRANT EXECUTE ON FUNCTION storage.foldername(text), storage.filename(text), storage.extension(text)
  TO anon, authenticated, service_role;

-- Migration history, as the Supabase CLI keeps it --------------------------

CREATE SCHEMA IF NOT EXISTS supabase_migrations;

CREATE TABLE IF NOT EXISTS supabase_migrations.schema_migrations (
  version     text PRIMARY KEY,
  statements  text[],
  name        text
);

-- What supabase db reset records after running supabase/seed.sql.
CREATE TABLE IF NOT EXISTS supabase_migrations.seed_files (
  path  text PRIMARY KEY,
  hash  text NOT NULL
);

-- public: the grants Supabase makes ----------------------------------------
-- The default privileges apply to objects that the role running this file
-- (postgres) creates later. They are why anon and authenticated may use every
-- new table and execute every new function in public unless a migration
-- revokes it: faithful to Supabase, and on purpose.

GRANT USAGE ON SCHEMA public TO anon, authenticated, service_role;

ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON FUNCTIONS TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO anon, authenticated, service_role;

-- Realtime -----------------------------------------------------------------

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_publication WHERE pubname = 'supabase_realtime') THEN
    CREATE PUBLICATION supabase_realtime;
  END IF;
END $$;

-- Storage buckets ------------------------------------------------------------
