-- Supabase history (the table comes from demo/supabase-base.sql): three migrations applied.
insert into supabase_migrations.schema_migrations (version, name) values
  ('20250101000000', 'create_users'), ('20250102000000', 'add_email'), ('20250103000000', 'fix_rls');
