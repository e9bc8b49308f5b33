-- Aamodha Operations Portal (seed 001), as its production migration guide describes it. Run after
-- supabase-base.sql, as postgres. Every run gives the same rows: fixed ids, fixed timestamps, no random().
--
-- Migration history: the 42 migrations of the guide's Appendix A, as `supabase db push` records them in
-- supabase_migrations.schema_migrations (the base creates the table; this file only inserts). The files they
-- came from are examples/aamodha-migrations/ (empty placeholders named exactly as Appendix A).
-- Latest applied: 20251024000001 (add_customer_id_to_factory_payables).
--
-- Row counts
--   customers                 3
--   sales_transactions        4
--   invoice_configurations    6   (the keys of the guide's Appendix C that are not secrets)
--   whatsapp_templates        2

insert into supabase_migrations.schema_migrations (version, name) values
  ('20250103000000', 'create_orders_table'),
  ('20250103120000', 'create_orders_table'),
  ('20250103130000', 'create_user_management'),
  ('20250110000000', 'create_saved_filters_table'),
  ('20250110000001', 'create_fulltext_search_indexes'),
  ('20250110000002', 'create_search_function'),
  ('20250113000000', 'initial_setup'),
  ('20250114000000', 'fix_rls_policies'),
  ('20250115000000', 'populate_user_management_with_existing_users'),
  ('20250115000002', 'simple_user_management_fix'),
  ('20250115000003', 'final_user_management_fix'),
  ('20250115000004', 'emergency_user_management_fix'),
  ('20250115000005', 'disable_user_management_rls'),
  ('20250115000006', 'create_label_availabilities_simple'),
  ('20250115000007', 'disable_customers_rls'),
  ('20250115000008', 'fix_customers_schema'),
  ('20250115000009', 'fix_sales_transactions_schema'),
  ('20250115000010', 'create_missing_tables'),
  ('20250115000011', 'fix_profiles_rls'),
  ('20250115000016', 'fix_user_management_simple'),
  ('20250116000000', 'fix_user_management_rls'),
  ('20250116000001', 'add_total_amount_to_sales_transactions'),
  ('20250117000000', 'create_get_orders_sorted_function'),
  ('20250120000000', 'performance_indexes'),
  ('20250120000001', 'receivables_function'),
  ('20250125000000', 'promote_user_to_manager'),
  ('20250127000000', 'create_invoice_system'),
  ('20250127000001', 'create_invoice_configurations'),
  ('20250127000002', 'add_storage_provider_config'),
  ('20250127000003', 'create_backup_system'),
  ('20250127000004', 'create_whatsapp_integration'),
  ('20250127000005', 'add_whatsapp_number_to_customers'),
  ('20250827084750', '95fd66dd-d255-4f38-bcc3-f7d5f8b574fb'),
  ('20250906131728', 'c7bee5a6-e24a-420a-b68e-dc585121f666'),
  ('20251002093653', 'add_pricing_date_to_customers'),
  ('20251004000001', 'fix_vendor_id_type'),
  ('20251004000002', 'force_fix_vendor_id'),
  ('20251004000003', 'fix_label_purchases_rls'),
  ('20251004000004', 'fix_profiles_rls'),
  ('20251004000006', 'fix_label_payments_rls'),
  ('20251024000000', 'fix_label_purchases_schema'),
  ('20251024000001', 'add_customer_id_to_factory_payables');

create table public.customers (
  id               uuid primary key,
  client_name      text not null,
  branch           text,
  whatsapp_number  text,
  pricing_date     date,
  created_at       timestamptz not null default '2025-01-15 09:00+00'
);

create table public.sales_transactions (
  id             uuid primary key,
  customer_id    uuid not null references public.customers (id) on delete restrict,
  amount         numeric(12,2) not null check (amount > 0),
  total_amount   numeric(12,2),
  transaction_date date not null
);
create index idx_sales_transactions_customer on public.sales_transactions (customer_id);

create table public.invoice_configurations (
  config_key    text primary key,
  config_value  text,
  config_type   text not null default 'string'
);

create table public.whatsapp_templates (
  id             integer generated always as identity primary key,
  template_name  text not null unique,
  body           text not null
);

insert into public.customers (id, client_name, branch, whatsapp_number, pricing_date) values
  ('a0000000-0000-4000-8000-000000000001', 'Sri Lakshmi Traders', 'Hyderabad', '+919800000001', '2025-10-01'),
  ('a0000000-0000-4000-8000-000000000002', 'Annapurna Stores', 'Vijayawada', null, '2025-10-01'),
  ('a0000000-0000-4000-8000-000000000003', 'Godavari Mart', null, '+919800000003', null);

insert into public.sales_transactions (id, customer_id, amount, total_amount, transaction_date) values
  ('b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 12000.00, 12000.00, '2025-10-02'),
  ('b0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', 4500.50, 4500.50, '2025-10-09'),
  ('b0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000002', 780.00, null, '2025-10-10'),
  ('b0000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000003', 15999.99, 15999.99, '2025-10-24');

insert into public.invoice_configurations (config_key, config_value, config_type) values
  ('invoice_folder_path', 'MyDrive/Invoice', 'string'),
  ('storage_provider', 'google_drive', 'string'),
  ('auto_invoice_generation_enabled', 'true', 'boolean'),
  ('whatsapp_enabled', 'true', 'boolean'),
  ('whatsapp_api_url', 'https://api.360messenger.com', 'string'),
  ('backup_folder_path', 'MyDrive/Backups', 'string');

insert into public.whatsapp_templates (template_name, body) values
  ('payment_reminder', 'Dear {{client_name}}, your payment of {{amount}} is due.'),
  ('invoice_sent', 'Dear {{client_name}}, your invoice {{invoice_number}} is attached.');

alter table public.customers enable row level security;
alter table public.sales_transactions enable row level security;
alter table public.invoice_configurations enable row level security;
alter table public.whatsapp_templates enable row level security;
create policy customers_read on public.customers for select to authenticated using (true);
create policy sales_transactions_read on public.sales_transactions for select to authenticated using (true);
create policy invoice_configurations_read on public.invoice_configurations for select to authenticated using (true);
create policy whatsapp_templates_read on public.whatsapp_templates for select to authenticated using (true);
