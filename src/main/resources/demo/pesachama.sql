-- PesaChama schema and data, as the PesaChama migration guide (seed 002) describes it,
-- plus the invoice_configurations keys of seed 001's Appendix C. Run after
-- supabase-base.sql, as postgres. Every run gives the same rows: fixed uuids, fixed
-- timestamps, no random(). The data is clean: every integrity test of seed 002
-- ("Data Integrity Test Script") passes.
--
-- Row counts
--   users                    6   (5 active, 1 soft-deleted: Grace, whose email
--                                 grace@pesachama.app is reused by an active user,
--                                 so "users.email" has duplicates, but not where
--                                 "deleted_at is null")
--   chamas                   3
--   chama_members            7
--   transactions            10   (every amount > 0, every updated_at >= created_at)
--   invoice_configurations  10   (the ten Appendix C keys)
--
-- Key uuids: users a0000000-0000-4000-8000-0000000000NN, chamas b0000000-...,
-- chama_members c0000000-..., transactions d0000000-...

CREATE TABLE public.users (
  id          uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
  email       text         NOT NULL,
  phone       text         NOT NULL,
  first_name  text         NOT NULL,
  last_name   text         NOT NULL,
  created_at  timestamptz  NOT NULL DEFAULT now(),
  deleted_at  timestamptz
);
-- the unique rule the seed checks: among users that are not deleted
CREATE UNIQUE INDEX users_email_active_key ON public.users (email) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX users_phone_active_key ON public.users (phone) WHERE deleted_at IS NULL;

CREATE TABLE public.chamas (
  id          uuid           PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text           NOT NULL,
  balance     numeric(14,2)  NOT NULL DEFAULT 0,
  created_by  uuid           NOT NULL REFERENCES public.users (id) ON DELETE RESTRICT,
  created_at  timestamptz    NOT NULL DEFAULT now()
);

CREATE TABLE public.chama_members (
  id         uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
  chama_id   uuid         NOT NULL REFERENCES public.chamas (id) ON DELETE CASCADE,
  user_id    uuid         NOT NULL REFERENCES public.users (id) ON DELETE RESTRICT,
  role       text         NOT NULL DEFAULT 'member' CHECK (role IN ('chair', 'treasurer', 'secretary', 'member')),
  joined_at  timestamptz  NOT NULL DEFAULT now(),
  UNIQUE (chama_id, user_id)
);
CREATE INDEX idx_chama_members_user ON public.chama_members (user_id);

CREATE TABLE public.transactions (
  id                    uuid           PRIMARY KEY DEFAULT gen_random_uuid(),
  chama_id              uuid           NOT NULL REFERENCES public.chamas (id) ON DELETE RESTRICT,
  user_id               uuid           NOT NULL REFERENCES public.users (id) ON DELETE RESTRICT,
  type                  text           NOT NULL CHECK (type IN ('contribution', 'loan', 'repayment', 'disbursement')),
  amount                numeric(14,2)  NOT NULL,
  status                text           NOT NULL DEFAULT 'pending',
  payment_method        text,
  reference             text,
  mpesa_transaction_id  text,
  created_at            timestamptz    NOT NULL DEFAULT now(),
  updated_at            timestamptz    NOT NULL DEFAULT now()
);
CREATE INDEX idx_transactions_chama ON public.transactions (chama_id);
CREATE INDEX idx_transactions_user ON public.transactions (user_id);

CREATE TABLE public.invoice_configurations (
  id            uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
  config_key    text         NOT NULL UNIQUE,
  config_type   text         NOT NULL CHECK (config_type IN ('string', 'boolean', 'number')),
  config_value  text,
  updated_at    timestamptz  NOT NULL DEFAULT now()
);

ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.chamas ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.chama_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.transactions ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.invoice_configurations ENABLE ROW LEVEL SECURITY;

CREATE POLICY users_select_own ON public.users FOR SELECT TO authenticated USING (auth.uid() = id);
CREATE POLICY members_select_own ON public.chama_members FOR SELECT TO authenticated USING (auth.uid() = user_id);
CREATE POLICY transactions_select_own ON public.transactions FOR SELECT TO authenticated USING (auth.uid() = user_id);
CREATE POLICY chamas_select_member ON public.chamas FOR SELECT TO authenticated
  USING (EXISTS (SELECT 1 FROM public.chama_members m WHERE m.chama_id = chamas.id AND m.user_id = auth.uid()));
CREATE POLICY configurations_service_only ON public.invoice_configurations FOR ALL TO service_role USING (true);

-- Rows ---------------------------------------------------------------------

INSERT INTO public.users (id, email, phone, first_name, last_name, created_at, deleted_at) VALUES
  ('a0000000-0000-4000-8000-000000000001', 'wanjiru@pesachama.app', '+254712000001', 'Wanjiru', 'Kamau',   '2025-01-05 08:00:00+00', NULL),
  ('a0000000-0000-4000-8000-000000000002', 'otieno@pesachama.app',  '+254712000002', 'Otieno',  'Odhiambo', '2025-01-05 08:10:00+00', NULL),
  ('a0000000-0000-4000-8000-000000000003', 'achieng@pesachama.app', '+254712000003', 'Achieng', 'Atieno',  '2025-01-06 09:00:00+00', NULL),
  ('a0000000-0000-4000-8000-000000000004', 'kiptoo@pesachama.app',  '+254712000004', 'Kiptoo',  'Rotich',  '2025-01-07 10:00:00+00', NULL),
  ('a0000000-0000-4000-8000-000000000005', 'grace@pesachama.app',   '+254712000005', 'Grace',   'Muthoni', '2025-01-08 11:00:00+00', '2025-03-01 12:00:00+00'),
  ('a0000000-0000-4000-8000-000000000006', 'grace@pesachama.app',   '+254712000006', 'Grace',   'Njeri',   '2025-03-02 12:00:00+00', NULL);

INSERT INTO public.chamas (id, name, balance, created_by, created_at) VALUES
  ('b0000000-0000-4000-8000-000000000001', 'Umoja Savers',     45500.00, 'a0000000-0000-4000-8000-000000000001', '2025-01-10 08:00:00+00'),
  ('b0000000-0000-4000-8000-000000000002', 'Harambee Women',   12000.00, 'a0000000-0000-4000-8000-000000000003', '2025-01-12 08:00:00+00'),
  ('b0000000-0000-4000-8000-000000000003', 'Kisumu Boda Boda',     0.00, 'a0000000-0000-4000-8000-000000000002', '2025-02-01 08:00:00+00');

INSERT INTO public.chama_members (id, chama_id, user_id, role, joined_at) VALUES
  ('c0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'chair',     '2025-01-10 08:00:00+00'),
  ('c0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', 'treasurer', '2025-01-10 09:00:00+00'),
  ('c0000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000004', 'member',    '2025-01-11 09:00:00+00'),
  ('c0000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000003', 'chair',     '2025-01-12 08:00:00+00'),
  ('c0000000-0000-4000-8000-000000000005', 'b0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000006', 'secretary', '2025-03-02 13:00:00+00'),
  ('c0000000-0000-4000-8000-000000000006', 'b0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000002', 'chair',     '2025-02-01 08:00:00+00'),
  ('c0000000-0000-4000-8000-000000000007', 'b0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000004', 'member',    '2025-02-02 08:00:00+00');

INSERT INTO public.transactions (id, chama_id, user_id, type, amount, status, payment_method, reference, mpesa_transaction_id, created_at, updated_at) VALUES
  ('d0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'contribution', 20000.00, 'completed', 'mpesa', 'ws_CO_0001', 'QAB1C2D3E1', '2025-01-15 08:00:00+00', '2025-01-15 08:00:05+00'),
  ('d0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', 'contribution', 15000.00, 'completed', 'mpesa', 'ws_CO_0002', 'QAB1C2D3E2', '2025-01-15 09:00:00+00', '2025-01-15 09:00:04+00'),
  ('d0000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000004', 'contribution', 10500.00, 'completed', 'mpesa', 'ws_CO_0003', 'QAB1C2D3E3', '2025-01-16 10:00:00+00', '2025-01-16 10:00:06+00'),
  ('d0000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000003', 'contribution',  8000.00, 'completed', 'mpesa', 'ws_CO_0004', 'QAB1C2D3E4', '2025-01-20 08:00:00+00', '2025-01-20 08:00:03+00'),
  ('d0000000-0000-4000-8000-000000000005', 'b0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000006', 'contribution',  4000.00, 'completed', 'mpesa', 'ws_CO_0005', 'QAB1C2D3E5', '2025-03-05 08:00:00+00', '2025-03-05 08:00:02+00'),
  ('d0000000-0000-4000-8000-000000000006', 'b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000004', 'loan',          5000.00, 'completed', 'mpesa', 'ws_CO_0006', 'QAB1C2D3E6', '2025-02-01 08:00:00+00', '2025-02-03 08:00:00+00'),
  ('d0000000-0000-4000-8000-000000000007', 'b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000004', 'repayment',     2500.00, 'completed', 'mpesa', 'ws_CO_0007', 'QAB1C2D3E7', '2025-03-01 08:00:00+00', '2025-03-01 08:00:00+00'),
  ('d0000000-0000-4000-8000-000000000008', 'b0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000002', 'contribution',  1000.00, 'pending',   'mpesa', 'ws_CO_0008', NULL,         '2025-03-10 08:00:00+00', '2025-03-10 08:00:00+00'),
  ('d0000000-0000-4000-8000-000000000009', 'b0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000004', 'contribution',   500.00, 'failed',    'mpesa', 'ws_CO_0009', NULL,         '2025-03-10 09:00:00+00', '2025-03-10 09:05:00+00'),
  ('d0000000-0000-4000-8000-000000000010', 'b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'disbursement',  2500.00, 'completed', 'mpesa', 'ws_CO_0010', 'QAB1C2D3EA', '2025-03-15 08:00:00+00', '2025-03-15 08:30:00+00');

-- Seed 001, Appendix C: the keys the target must hold after migration.
INSERT INTO public.invoice_configurations (id, config_key, config_type, config_value, updated_at) VALUES
  ('e0000000-0000-4000-8000-000000000001', 'invoice_folder_path',                 'string',  'MyDrive/Invoice',                '2025-04-01 08:00:00+00'),
  ('e0000000-0000-4000-8000-000000000002', 'storage_provider',                    'string',  'google_drive',                   '2025-04-01 08:00:00+00'),
  ('e0000000-0000-4000-8000-000000000003', 'auto_invoice_generation_enabled',     'boolean', 'true',                           '2025-04-01 08:00:00+00'),
  ('e0000000-0000-4000-8000-000000000004', 'whatsapp_enabled',                    'boolean', 'true',                           '2025-04-01 08:00:00+00'),
  ('e0000000-0000-4000-8000-000000000005', 'whatsapp_api_key',                    'string',  'demo-360messenger-key-production', '2025-04-01 08:00:00+00'),
  ('e0000000-0000-4000-8000-000000000006', 'whatsapp_api_url',                    'string',  'https://api.360messenger.com',   '2025-04-01 08:00:00+00'),
  ('e0000000-0000-4000-8000-000000000007', 'whatsapp_invoice_enabled',            'boolean', 'true',                           '2025-04-01 08:00:00+00'),
  ('e0000000-0000-4000-8000-000000000008', 'whatsapp_payment_reminder_enabled',   'boolean', 'true',                           '2025-04-01 08:00:00+00'),
  ('e0000000-0000-4000-8000-000000000009', 'whatsapp_failure_notification_email', 'string',  'ops@example.com',                '2025-04-01 08:00:00+00'),
  ('e0000000-0000-4000-8000-000000000010', 'backup_folder_path',                  'string',  'MyDrive/Backups',                '2025-04-01 08:00:00+00');
