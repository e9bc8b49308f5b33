-- A plain PostgreSQL database: no Supabase storage schema, no pg_cron, no
-- sequences, no foreign keys, no triggers.

CREATE TABLE public.notes (
  id    uuid PRIMARY KEY,
  body  text
);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_all ON public.notes FOR ALL TO PUBLIC USING (true);
