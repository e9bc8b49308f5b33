-- Triggers, a security definer function with a fixed search path, and a SQL-standard body.
create or replace function public.touch_updated_at() returns trigger
language plpgsql as $$
begin
  new.updated_at := now();
  return new;
end;
$$;

create trigger projects_touch before update on public.projects
  for each row execute function public.touch_updated_at();

create or replace function public.handle_new_user() returns trigger
language plpgsql security definer set search_path = '' as $function$
begin
  insert into public.profiles (id, email) values (new.id, new.email);
  return new;
end;
$function$;

create trigger on_auth_user_created after insert on auth.users
  for each row execute function public.handle_new_user();

create or replace function public.archive_project(project uuid) returns void
language plpgsql security definer set search_path = public as $$
begin
  if auth.uid() is null then
    raise exception 'Not authenticated';
  end if;
  update public.projects set status = 'archived' where id = project and owner_id = auth.uid();
end;
$$;

revoke execute on function public.archive_project(uuid) from public, anon;
grant execute on function public.archive_project(uuid) to authenticated;

create function public.active_project_count() returns bigint
language sql stable
begin atomic
  select count(*) from public.projects where status = 'active';
end;
