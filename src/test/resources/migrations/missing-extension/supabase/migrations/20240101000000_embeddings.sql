create extension if not exists pg_trgm with schema extensions;

-- pgvector ships with Supabase, not with PostgreSQL.
create extension if not exists vector with schema extensions;

create table public.documents (id bigint primary key, embedding extensions.vector(3));
