-- Flyway history: versions 1, 1.1 and 2 succeeded; a repeatable script has no version; version 3 failed.
-- The files in flyway-files are empty: Flyway's checksum of an empty file is 0.
create table public.flyway_schema_history (
  installed_rank integer primary key, version varchar(50), description varchar(200) not null, type varchar(20) not null,
  script varchar(1000) not null, checksum integer, installed_by varchar(100) not null,
  installed_on timestamp not null default now(), execution_time integer not null, success boolean not null);
insert into public.flyway_schema_history values
  (1, '1', 'init', 'SQL', 'V1__init.sql', 0, 'postgres', '2025-01-01', 5, true),
  (2, '1.1', 'add index', 'SQL', 'V1_1__add_index.sql', 0, 'postgres', '2025-01-02', 5, true),
  (3, '2', 'users', 'SQL', 'V2__users.sql', 0, 'postgres', '2025-01-03', 5, true),
  (4, null, 'views', 'SQL', 'R__views.sql', 0, 'postgres', '2025-01-03', 5, true),
  (5, '3', 'broken', 'SQL', 'V3__broken.sql', 5, 'postgres', '2025-01-04', 5, false);
