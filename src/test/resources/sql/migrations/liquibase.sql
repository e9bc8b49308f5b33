-- Liquibase history: two change sets executed, one skipped.
create table public.databasechangelog (
  id varchar(255) not null, author varchar(255) not null, filename varchar(255) not null, dateexecuted timestamp not null,
  orderexecuted integer not null, exectype varchar(10) not null, md5sum varchar(35), description varchar(255),
  comments varchar(255), tag varchar(255), liquibase varchar(20), contexts varchar(255), labels varchar(255),
  deployment_id varchar(10));
insert into public.databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype) values
  ('create-users', 'qa', 'changelog.xml', '2025-01-01', 1, 'EXECUTED'),
  ('add-email', 'qa', 'changelog.xml', '2025-01-02', 2, 'EXECUTED'),
  ('optional-seed', 'qa', 'changelog.xml', '2025-01-03', 3, 'SKIPPED');
