-- A small project board, written the way `supabase db diff` and people write migrations.
create extension if not exists "citext" with schema "extensions";
create extension if not exists pg_trgm with schema extensions;

create type public.project_status as enum ('draft', 'active', 'archived');

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  email citext not null,
  display_name text,
  updated_at timestamptz not null default now()
);

create table public.projects (
  id uuid primary key default uuid_generate_v4(),
  owner_id uuid not null references auth.users (id) on delete cascade,
  name text not null,
  status public.project_status not null default 'draft',
  updated_at timestamptz not null default now()
);

create table public.project_members (
  project_id uuid not null references public.projects (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete restrict,
  primary key (project_id, user_id)
);

create index projects_name_trgm_idx on public.projects using gin (name gin_trgm_ops);
create index projects_owner_idx on public.projects (owner_id);

alter table public.profiles enable row level security;
alter table public.projects enable row level security;
alter table public.project_members enable row level security;

create policy "profiles_select_own" on public.profiles
  for select to authenticated using (auth.uid() = id);

create policy "projects_select_member" on public.projects
  for select to authenticated
  using (owner_id = auth.uid() or exists (
    select 1 from public.project_members m where m.project_id = id and m.user_id = auth.uid()));

create policy "projects_insert_owner" on public.projects
  for insert to authenticated with check (owner_id = auth.uid());
