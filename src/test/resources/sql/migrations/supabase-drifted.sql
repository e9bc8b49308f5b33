-- A target that skipped one migration and ran one that has no file.
delete from supabase_migrations.schema_migrations where version = '20250102000000';
insert into supabase_migrations.schema_migrations (version, name) values ('20250104000000', 'hotfix');
