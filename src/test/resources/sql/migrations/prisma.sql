-- Prisma history: two finished migrations, one rolled back, one that never finished; only the first two count.
create table public._prisma_migrations (
  id varchar(36) primary key, checksum varchar(64) not null, finished_at timestamptz, migration_name varchar(255) not null,
  logs text, rolled_back_at timestamptz, started_at timestamptz not null default now(), applied_steps_count integer not null default 0);
insert into public._prisma_migrations (id, checksum, finished_at, migration_name, rolled_back_at, started_at) values
  ('a1', 'x', '2025-01-01 00:01+00', '20250101000000_init', null, '2025-01-01 00:00+00'),
  ('a2', 'x', '2025-01-02 00:01+00', '20250102000000_add_users', null, '2025-01-02 00:00+00'),
  ('a3', 'x', '2025-01-03 00:01+00', '20250103000000_bad', '2025-01-03 00:02+00', '2025-01-03 00:00+00'),
  ('a4', 'x', null, '20250104000000_pending', null, '2025-01-04 00:00+00');
