insert into auth.users (id, email) values
  ('aaaaaaaa-0000-4000-8000-000000000001', 'ana@example.com'),
  ('aaaaaaaa-0000-4000-8000-000000000002', 'ben@example.com');

insert into public.projects (id, owner_id, name, status) values
  ('bbbbbbbb-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000001', 'Roadmap', 'active'),
  ('bbbbbbbb-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000002', 'Budget; 2025', 'draft');

insert into public.project_members (project_id, user_id) values
  ('bbbbbbbb-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000002');
