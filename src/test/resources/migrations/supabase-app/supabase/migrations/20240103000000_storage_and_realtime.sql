insert into storage.buckets (id, name, public) values ('avatars', 'avatars', false);

create policy "avatar_owner_reads" on storage.objects
  for select to authenticated
  using (bucket_id = 'avatars' and (storage.foldername(name))[1] = auth.uid()::text);

create policy "avatar_owner_uploads" on storage.objects
  for insert to authenticated
  with check (bucket_id = 'avatars' and storage.extension(name) in ('png', 'jpg') and owner_id = auth.uid()::text);

alter publication supabase_realtime add table public.projects;

-- A new enum value, used only by later migrations: needs autocommit, as in psql.
alter type public.project_status add value if not exists 'deleted';

-- Cannot run inside a transaction: the file is applied statement by statement.
create index concurrently projects_status_idx on public.projects (status);
