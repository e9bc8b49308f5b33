-- TrackPay schema and data, as the TrackPay production migration checklist
-- (seed 000) describes it. Run after supabase-base.sql, as postgres.
-- Every run gives the same rows: fixed uuids, fixed timestamps, no random().
--
-- Row counts
--   auth.users                   6   (3 providers, 3 clients)
--   trackpay_users               6
--   trackpay_relationships       4
--   trackpay_sessions           10
--   trackpay_payments            5
--   trackpay_requests            3
--   trackpay_activities         12
--   trackpay_invites             2
--   trackpay_relationship_audit  1
--
-- Key uuids (auth.users id, then trackpay_users id)
--   provider 1 Alice  7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11  10000000-0000-4000-8000-000000000001
--   provider 2 Bruno  7d9c0b7e-2222-4c4f-9a52-3b0e2f1d0a22  10000000-0000-4000-8000-000000000002
--   provider 3 Chloe  7d9c0b7e-3333-4c4f-9a52-3b0e2f1d0a33  10000000-0000-4000-8000-000000000003
--   client 1   Dana   7d9c0b7e-4444-4c4f-9a52-3b0e2f1d0a44  10000000-0000-4000-8000-000000000004
--   client 2   Eli    7d9c0b7e-5555-4c4f-9a52-3b0e2f1d0a55  10000000-0000-4000-8000-000000000005
--   client 3   Farah  7d9c0b7e-6666-4c4f-9a52-3b0e2f1d0a66  10000000-0000-4000-8000-000000000006
-- Other tables number their rows in the last digits of a fixed prefix
--   relationships 20000000-0000-4000-8000-0000000000NN   sessions   30000000-...
--   payments      40000000-...   requests 50000000-...   activities 60000000-...
--   invites       70000000-...   audit    80000000-...
--
-- Relationships (provider to client)
--   R1 Alice-Dana  R2 Alice-Eli  R3 Bruno-Farah  R4 Bruno-Dana
--   Chloe has none: her relationship with Eli (20000000-...-000000000005) was
--   deleted and survives only in trackpay_relationship_audit.
--
-- What the API roles see through row level security
--   Alice sees 1 user row, 2 relationships, 6 sessions, 3 payments, 2 requests,
--         6 activities, 1 invite
--   Bruno sees 1 user row, 2 relationships, 4 sessions, 2 payments, 1 request
--   Chloe sees 1 user row, 0 relationships, 0 sessions
--   Dana (client) sees 6 sessions, 3 payments
--   anon sees no rows anywhere, and nobody reads trackpay_relationship_audit
--
-- delete_client_relationship_safely(client trackpay_users id)
--   no claims                    fails with Not authenticated
--   as a client                  fails with Only providers can delete client relationships
--   Alice, Dana or Eli           fails: unpaid sessions (S03, S06)
--   Bruno, Farah                 fails: unpaid sessions (S08 is requested)
--   Bruno, Dana                  succeeds (S09 paid, S10 still active)
--   Chloe, anyone                fails with Relationship not found

-- Tables -------------------------------------------------------------------

CREATE TABLE public.trackpay_users (
  id            uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
  auth_user_id  uuid,
  email         text          NOT NULL,
  name          text          NOT NULL,
  role          text          NOT NULL CHECK (role IN ('provider', 'client')),
  hourly_rate   numeric(10,2),
  created_at    timestamptz   NOT NULL DEFAULT now(),
  updated_at    timestamptz   NOT NULL DEFAULT now(),
  -- deleting a login keeps the business record, unlinked
  CONSTRAINT trackpay_users_auth_user_id_fkey FOREIGN KEY (auth_user_id)
    REFERENCES auth.users (id) ON DELETE SET NULL
);

CREATE TABLE public.trackpay_relationships (
  id           uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id  uuid         NOT NULL,
  client_id    uuid         NOT NULL,
  created_at   timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT trackpay_relationships_provider_id_fkey FOREIGN KEY (provider_id)
    REFERENCES public.trackpay_users (id) ON DELETE RESTRICT,
  CONSTRAINT trackpay_relationships_client_id_fkey FOREIGN KEY (client_id)
    REFERENCES public.trackpay_users (id) ON DELETE RESTRICT
);

CREATE TABLE public.trackpay_sessions (
  id                uuid           PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id       uuid           NOT NULL,
  client_id         uuid           NOT NULL,
  start_time        timestamptz    NOT NULL,
  end_time          timestamptz,
  duration_minutes  integer,
  hourly_rate       numeric(10,2)  NOT NULL,
  amount_due        numeric(12,2),
  status            text           NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active', 'unpaid', 'requested', 'paid')),
  created_at        timestamptz    NOT NULL DEFAULT now(),
  updated_at        timestamptz    NOT NULL DEFAULT now(),
  CONSTRAINT trackpay_sessions_provider_id_fkey FOREIGN KEY (provider_id)
    REFERENCES public.trackpay_users (id) ON DELETE RESTRICT,
  CONSTRAINT trackpay_sessions_client_id_fkey FOREIGN KEY (client_id)
    REFERENCES public.trackpay_users (id) ON DELETE RESTRICT
);

CREATE TABLE public.trackpay_payments (
  id           uuid           PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id  uuid           NOT NULL,
  client_id    uuid           NOT NULL,
  session_id   uuid,
  amount       numeric(12,2)  NOT NULL CHECK (amount > 0),
  method       text,
  status       text           NOT NULL DEFAULT 'completed'
               CHECK (status IN ('completed', 'refunded')),
  paid_at      timestamptz    NOT NULL DEFAULT now(),
  created_at   timestamptz    NOT NULL DEFAULT now(),
  CONSTRAINT trackpay_payments_provider_id_fkey FOREIGN KEY (provider_id)
    REFERENCES public.trackpay_users (id) ON DELETE RESTRICT,
  CONSTRAINT trackpay_payments_client_id_fkey FOREIGN KEY (client_id)
    REFERENCES public.trackpay_users (id) ON DELETE RESTRICT,
  CONSTRAINT trackpay_payments_session_id_fkey FOREIGN KEY (session_id)
    REFERENCES public.trackpay_sessions (id) ON DELETE RESTRICT
);

CREATE TABLE public.trackpay_requests (
  id           uuid           PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id  uuid           NOT NULL,
  client_id    uuid           NOT NULL,
  session_id   uuid,
  amount       numeric(12,2)  NOT NULL CHECK (amount > 0),
  status       text           NOT NULL DEFAULT 'pending'
               CHECK (status IN ('pending', 'paid', 'cancelled')),
  created_at   timestamptz    NOT NULL DEFAULT now(),
  CONSTRAINT trackpay_requests_provider_id_fkey FOREIGN KEY (provider_id)
    REFERENCES public.trackpay_users (id) ON DELETE RESTRICT,
  CONSTRAINT trackpay_requests_client_id_fkey FOREIGN KEY (client_id)
    REFERENCES public.trackpay_users (id) ON DELETE RESTRICT,
  CONSTRAINT trackpay_requests_session_id_fkey FOREIGN KEY (session_id)
    REFERENCES public.trackpay_sessions (id) ON DELETE SET NULL
);

CREATE TABLE public.trackpay_activities (
  id          uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid         NOT NULL,
  session_id  uuid,
  type        text         NOT NULL,
  data        jsonb        NOT NULL DEFAULT '{}'::jsonb,
  created_at  timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT trackpay_activities_user_id_fkey FOREIGN KEY (user_id)
    REFERENCES public.trackpay_users (id) ON DELETE RESTRICT,
  CONSTRAINT trackpay_activities_session_id_fkey FOREIGN KEY (session_id)
    REFERENCES public.trackpay_sessions (id) ON DELETE SET NULL
);

-- Invites are ephemeral: they go with either user, on purpose.
CREATE TABLE public.trackpay_invites (
  id           uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id  uuid         NOT NULL,
  client_id    uuid         NOT NULL,
  invite_code  text         NOT NULL,
  status       text         NOT NULL DEFAULT 'pending'
               CHECK (status IN ('pending', 'claimed', 'expired')),
  claimed_by   uuid,
  claimed_at   timestamptz,
  expires_at   timestamptz  NOT NULL,
  created_at   timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT trackpay_invites_invite_code_key UNIQUE (invite_code),
  CONSTRAINT trackpay_invites_provider_id_fkey FOREIGN KEY (provider_id)
    REFERENCES public.trackpay_users (id) ON DELETE CASCADE,
  CONSTRAINT trackpay_invites_client_id_fkey FOREIGN KEY (client_id)
    REFERENCES public.trackpay_users (id) ON DELETE CASCADE,
  CONSTRAINT trackpay_invites_claimed_by_fkey FOREIGN KEY (claimed_by)
    REFERENCES public.trackpay_users (id) ON DELETE SET NULL
);

-- No foreign keys: the audit must outlive the relationship and the users.
CREATE TABLE public.trackpay_relationship_audit (
  id               uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
  relationship_id  uuid         NOT NULL,
  provider_id      uuid         NOT NULL,
  client_id        uuid         NOT NULL,
  deleted_by       uuid,
  created_at       timestamptz  NOT NULL DEFAULT now()
);

-- Indexes: the named ones, and one for every foreign key column ------------

CREATE UNIQUE INDEX idx_users_auth_user ON public.trackpay_users (auth_user_id);
CREATE UNIQUE INDEX idx_users_email ON public.trackpay_users (email);
CREATE INDEX idx_relationships_provider ON public.trackpay_relationships (provider_id, client_id);
CREATE INDEX idx_relationships_client ON public.trackpay_relationships (client_id);
CREATE INDEX idx_sessions_provider_client ON public.trackpay_sessions (provider_id, client_id);
CREATE INDEX idx_sessions_client ON public.trackpay_sessions (client_id);
CREATE INDEX idx_payments_session ON public.trackpay_payments (session_id);
CREATE INDEX idx_payments_provider_client ON public.trackpay_payments (provider_id, client_id);
CREATE INDEX idx_payments_client ON public.trackpay_payments (client_id);
CREATE INDEX idx_requests_session ON public.trackpay_requests (session_id);
CREATE INDEX idx_requests_provider_client ON public.trackpay_requests (provider_id, client_id);
CREATE INDEX idx_requests_client ON public.trackpay_requests (client_id);
CREATE INDEX idx_activities_session ON public.trackpay_activities (session_id);
CREATE INDEX idx_activities_user ON public.trackpay_activities (user_id);
CREATE INDEX idx_invites_provider ON public.trackpay_invites (provider_id);
CREATE INDEX idx_invites_client ON public.trackpay_invites (client_id);
CREATE INDEX idx_invites_claimed_by ON public.trackpay_invites (claimed_by);

-- Triggers -----------------------------------------------------------------

CREATE OR REPLACE FUNCTION public.handle_updated_at() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  NEW.updated_at = now();
  RETURN NEW;
END
$$;

CREATE TRIGGER trackpay_users_set_updated_at
  BEFORE UPDATE ON public.trackpay_users
  FOR EACH ROW EXECUTE FUNCTION public.handle_updated_at();

CREATE TRIGGER trackpay_sessions_set_updated_at
  BEFORE UPDATE ON public.trackpay_sessions
  FOR EACH ROW EXECUTE FUNCTION public.handle_updated_at();

-- Row level security -------------------------------------------------------

ALTER TABLE public.trackpay_users ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.trackpay_relationships ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.trackpay_sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.trackpay_payments ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.trackpay_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.trackpay_activities ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.trackpay_invites ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.trackpay_relationship_audit ENABLE ROW LEVEL SECURITY;

-- The three policies of the checklist, as written there.
CREATE POLICY users_select_own
  ON trackpay_users FOR SELECT
  TO authenticated
  USING (auth.uid() = auth_user_id);

CREATE POLICY rel_select_by_provider
  ON trackpay_relationships FOR SELECT
  TO authenticated
  USING (provider_id IN (
    SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid()
  ));

CREATE POLICY sessions_select_involved
  ON trackpay_sessions FOR SELECT
  TO authenticated
  USING (
    provider_id IN (SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid())
    OR client_id IN (SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid())
  );

-- More of the same kind, so that every table but the audit has a policy.
-- Relationships get no DELETE policy: deletion goes through
-- delete_client_relationship_safely only (checklist section 9).
-- The audit gets no policy at all: only the definer function writes it.
CREATE POLICY users_update_own
  ON trackpay_users FOR UPDATE
  TO authenticated
  USING (auth.uid() = auth_user_id)
  WITH CHECK (auth.uid() = auth_user_id);

CREATE POLICY rel_insert_by_provider
  ON trackpay_relationships FOR INSERT
  TO authenticated
  WITH CHECK (provider_id IN (
    SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid()
  ));

CREATE POLICY sessions_insert_by_provider
  ON trackpay_sessions FOR INSERT
  TO authenticated
  WITH CHECK (provider_id IN (
    SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid()
  ));

CREATE POLICY sessions_update_by_provider
  ON trackpay_sessions FOR UPDATE
  TO authenticated
  USING (provider_id IN (SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid()))
  WITH CHECK (provider_id IN (SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid()));

CREATE POLICY payments_select_involved
  ON trackpay_payments FOR SELECT
  TO authenticated
  USING (
    provider_id IN (SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid())
    OR client_id IN (SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid())
  );

CREATE POLICY requests_select_involved
  ON trackpay_requests FOR SELECT
  TO authenticated
  USING (
    provider_id IN (SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid())
    OR client_id IN (SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid())
  );

CREATE POLICY activities_select_own
  ON trackpay_activities FOR SELECT
  TO authenticated
  USING (user_id IN (SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid()));

CREATE POLICY invites_select_by_provider
  ON trackpay_invites FOR SELECT
  TO authenticated
  USING (provider_id IN (SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid()));

-- The delete RPC -----------------------------------------------------------

CREATE OR REPLACE FUNCTION public.delete_client_relationship_safely(p_client_id uuid)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
  v_auth_uid         uuid := auth.uid();
  v_provider_id      uuid;
  v_relationship_id  uuid;
  v_unpaid           integer;
BEGIN
  IF v_auth_uid IS NULL THEN
    RAISE EXCEPTION 'Not authenticated';
  END IF;

  SELECT id INTO v_provider_id
    FROM trackpay_users
   WHERE auth_user_id = v_auth_uid AND role = 'provider';
  IF v_provider_id IS NULL THEN
    RAISE EXCEPTION 'Only providers can delete client relationships';
  END IF;

  SELECT id INTO v_relationship_id
    FROM trackpay_relationships
   WHERE provider_id = v_provider_id AND client_id = p_client_id;
  IF v_relationship_id IS NULL THEN
    RAISE EXCEPTION 'Relationship not found';
  END IF;

  SELECT count(*) INTO v_unpaid
    FROM trackpay_sessions
   WHERE provider_id = v_provider_id
     AND client_id = p_client_id
     AND status IN ('unpaid', 'requested');
  IF v_unpaid > 0 THEN
    RAISE EXCEPTION 'Cannot delete client with % unpaid session(s)', v_unpaid;
  END IF;

  INSERT INTO trackpay_relationship_audit (relationship_id, provider_id, client_id, deleted_by)
  VALUES (v_relationship_id, v_provider_id, p_client_id, v_auth_uid);

  DELETE FROM trackpay_relationships WHERE id = v_relationship_id;
END
$$;

-- The default privileges of supabase-base.sql gave anon EXECUTE: take it back.
REVOKE EXECUTE ON FUNCTION public.delete_client_relationship_safely(uuid) FROM PUBLIC, anon;
GRANT EXECUTE ON FUNCTION public.delete_client_relationship_safely(uuid) TO authenticated;

-- Data ---------------------------------------------------------------------

INSERT INTO auth.users (id, instance_id, aud, role, email, email_confirmed_at, last_sign_in_at,
                        raw_app_meta_data, raw_user_meta_data, is_super_admin, created_at, updated_at)
VALUES
  ('7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11', '00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated',
   'alice@trackpay.test', '2025-09-28 10:00:00+00', '2025-10-14 08:55:00+00',
   '{"provider": "email", "providers": ["email"]}', '{"name": "Alice Moreau", "role": "provider"}', false,
   '2025-09-28 10:00:00+00', '2025-10-14 08:55:00+00'),
  ('7d9c0b7e-2222-4c4f-9a52-3b0e2f1d0a22', '00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated',
   'bruno@trackpay.test', '2025-09-28 11:00:00+00', '2025-10-14 08:50:00+00',
   '{"provider": "email", "providers": ["email"]}', '{"name": "Bruno Silva", "role": "provider"}', false,
   '2025-09-28 11:00:00+00', '2025-10-14 08:50:00+00'),
  ('7d9c0b7e-3333-4c4f-9a52-3b0e2f1d0a33', '00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated',
   'chloe@trackpay.test', '2025-09-28 12:00:00+00', '2025-10-10 16:55:00+00',
   '{"provider": "email", "providers": ["email"]}', '{"name": "Chloe Park", "role": "provider"}', false,
   '2025-09-28 12:00:00+00', '2025-10-10 16:55:00+00'),
  ('7d9c0b7e-4444-4c4f-9a52-3b0e2f1d0a44', '00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated',
   'dana@trackpay.test', '2025-09-30 12:30:00+00', '2025-10-10 11:50:00+00',
   '{"provider": "email", "providers": ["email"]}', '{"name": "Dana Whitfield", "role": "client"}', false,
   '2025-09-30 12:30:00+00', '2025-10-10 11:50:00+00'),
  ('7d9c0b7e-5555-4c4f-9a52-3b0e2f1d0a55', '00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated',
   'eli@trackpay.test', '2025-09-30 18:00:00+00', '2025-10-05 17:55:00+00',
   '{"provider": "email", "providers": ["email"]}', '{"name": "Eli Novak", "role": "client"}', false,
   '2025-09-30 18:00:00+00', '2025-10-05 17:55:00+00'),
  ('7d9c0b7e-6666-4c4f-9a52-3b0e2f1d0a66', '00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated',
   'farah@trackpay.test', '2025-09-30 13:30:00+00', '2025-10-06 08:55:00+00',
   '{"provider": "email", "providers": ["email"]}', '{"name": "Farah Haddad", "role": "client"}', false,
   '2025-09-30 13:30:00+00', '2025-10-06 08:55:00+00');

INSERT INTO public.trackpay_users (id, auth_user_id, email, name, role, hourly_rate, created_at, updated_at)
VALUES
  ('10000000-0000-4000-8000-000000000001', '7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11', 'alice@trackpay.test', 'Alice Moreau',   'provider', 60.00, '2025-09-28 10:00:00+00', '2025-09-28 10:00:00+00'),
  ('10000000-0000-4000-8000-000000000002', '7d9c0b7e-2222-4c4f-9a52-3b0e2f1d0a22', 'bruno@trackpay.test', 'Bruno Silva',    'provider', 80.00, '2025-09-28 11:00:00+00', '2025-09-28 11:00:00+00'),
  ('10000000-0000-4000-8000-000000000003', '7d9c0b7e-3333-4c4f-9a52-3b0e2f1d0a33', 'chloe@trackpay.test', 'Chloe Park',     'provider', 50.00, '2025-09-28 12:00:00+00', '2025-09-28 12:00:00+00'),
  ('10000000-0000-4000-8000-000000000004', '7d9c0b7e-4444-4c4f-9a52-3b0e2f1d0a44', 'dana@trackpay.test',  'Dana Whitfield', 'client',   NULL,  '2025-09-30 12:00:00+00', '2025-09-30 12:30:00+00'),
  ('10000000-0000-4000-8000-000000000005', '7d9c0b7e-5555-4c4f-9a52-3b0e2f1d0a55', 'eli@trackpay.test',   'Eli Novak',      'client',   NULL,  '2025-09-30 12:05:00+00', '2025-09-30 18:00:00+00'),
  ('10000000-0000-4000-8000-000000000006', '7d9c0b7e-6666-4c4f-9a52-3b0e2f1d0a66', 'farah@trackpay.test', 'Farah Haddad',   'client',   NULL,  '2025-09-30 13:00:00+00', '2025-09-30 13:30:00+00');

INSERT INTO public.trackpay_relationships (id, provider_id, client_id, created_at)
VALUES
  ('20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000004', '2025-09-30 12:00:00+00'),
  ('20000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000005', '2025-09-30 12:05:00+00'),
  ('20000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000006', '2025-09-30 13:00:00+00'),
  ('20000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000004', '2025-10-09 14:00:00+00');

INSERT INTO public.trackpay_sessions (id, provider_id, client_id, start_time, end_time, duration_minutes,
                                      hourly_rate, amount_due, status, created_at, updated_at)
VALUES
  ('30000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000004',
   '2025-10-01 09:00:00+00', '2025-10-01 11:00:00+00', 120, 60.00, 120.00, 'paid',      '2025-10-01 09:00:00+00', '2025-10-04 10:00:00+00'),
  ('30000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000004',
   '2025-10-02 09:00:00+00', '2025-10-02 10:30:00+00',  90, 60.00,  90.00, 'paid',      '2025-10-02 09:00:00+00', '2025-10-04 10:05:00+00'),
  ('30000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000004',
   '2025-10-03 13:00:00+00', '2025-10-03 14:00:00+00',  60, 60.00,  60.00, 'unpaid',    '2025-10-03 13:00:00+00', '2025-10-03 14:00:00+00'),
  ('30000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000004',
   '2025-10-06 09:00:00+00', '2025-10-06 12:00:00+00', 180, 60.00, 180.00, 'requested', '2025-10-06 09:00:00+00', '2025-10-06 12:05:00+00'),
  ('30000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000005',
   '2025-10-02 14:00:00+00', '2025-10-02 16:00:00+00', 120, 60.00, 120.00, 'paid',      '2025-10-02 14:00:00+00', '2025-10-05 18:00:00+00'),
  ('30000000-0000-4000-8000-000000000006', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000005',
   '2025-10-07 10:00:00+00', '2025-10-07 10:45:00+00',  45, 60.00,  45.00, 'unpaid',    '2025-10-07 10:00:00+00', '2025-10-07 10:45:00+00'),
  ('30000000-0000-4000-8000-000000000007', '10000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000006',
   '2025-10-03 08:00:00+00', '2025-10-03 12:00:00+00', 240, 80.00, 320.00, 'paid',      '2025-10-03 08:00:00+00', '2025-10-06 09:00:00+00'),
  ('30000000-0000-4000-8000-000000000008', '10000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000006',
   '2025-10-08 08:00:00+00', '2025-10-08 10:00:00+00', 120, 80.00, 160.00, 'requested', '2025-10-08 08:00:00+00', '2025-10-08 10:05:00+00'),
  ('30000000-0000-4000-8000-000000000009', '10000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000004',
   '2025-10-09 15:00:00+00', '2025-10-09 16:30:00+00',  90, 80.00, 120.00, 'paid',      '2025-10-09 15:00:00+00', '2025-10-10 12:00:00+00'),
  ('30000000-0000-4000-8000-000000000010', '10000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000004',
   '2025-10-14 09:00:00+00', NULL,                     NULL, 80.00,   NULL, 'active',    '2025-10-14 09:00:00+00', '2025-10-14 09:00:00+00');

INSERT INTO public.trackpay_payments (id, provider_id, client_id, session_id, amount, method, status, paid_at, created_at)
VALUES
  ('40000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000004',
   '30000000-0000-4000-8000-000000000001', 120.00, 'venmo', 'completed', '2025-10-04 10:00:00+00', '2025-10-04 10:00:00+00'),
  ('40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000004',
   '30000000-0000-4000-8000-000000000002',  90.00, 'venmo', 'completed', '2025-10-04 10:05:00+00', '2025-10-04 10:05:00+00'),
  ('40000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000005',
   '30000000-0000-4000-8000-000000000005', 120.00, 'cash',  'completed', '2025-10-05 18:00:00+00', '2025-10-05 18:00:00+00'),
  ('40000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000006',
   '30000000-0000-4000-8000-000000000007', 320.00, 'zelle', 'completed', '2025-10-06 09:00:00+00', '2025-10-06 09:00:00+00'),
  ('40000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000004',
   '30000000-0000-4000-8000-000000000009', 120.00, 'zelle', 'completed', '2025-10-10 12:00:00+00', '2025-10-10 12:00:00+00');

INSERT INTO public.trackpay_requests (id, provider_id, client_id, session_id, amount, status, created_at)
VALUES
  ('50000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000004',
   '30000000-0000-4000-8000-000000000004', 180.00, 'pending', '2025-10-06 12:05:00+00'),
  ('50000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000004',
   '30000000-0000-4000-8000-000000000001', 120.00, 'paid',    '2025-10-01 11:05:00+00'),
  ('50000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000006',
   '30000000-0000-4000-8000-000000000008', 160.00, 'pending', '2025-10-08 10:05:00+00');

INSERT INTO public.trackpay_activities (id, user_id, session_id, type, data, created_at)
VALUES
  ('60000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', NULL,
   'relationship_created', '{"client_id": "10000000-0000-4000-8000-000000000004"}', '2025-09-30 12:00:00+00'),
  ('60000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', NULL,
   'relationship_created', '{"client_id": "10000000-0000-4000-8000-000000000005"}', '2025-09-30 12:05:00+00'),
  ('60000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000002', NULL,
   'relationship_created', '{"client_id": "10000000-0000-4000-8000-000000000006"}', '2025-09-30 13:00:00+00'),
  ('60000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000001',
   'session_started', '{}', '2025-10-01 09:00:00+00'),
  ('60000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000001',
   'session_stopped', '{"duration_minutes": 120, "amount_due": 120.00}', '2025-10-01 11:00:00+00'),
  ('60000000-0000-4000-8000-000000000006', '10000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000001',
   'payment_request_created', '{"amount": 120.00}', '2025-10-01 11:05:00+00'),
  ('60000000-0000-4000-8000-000000000007', '10000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000001',
   'payment_completed', '{"amount": 120.00, "method": "venmo"}', '2025-10-04 10:00:00+00'),
  ('60000000-0000-4000-8000-000000000008', '10000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000007',
   'session_stopped', '{"duration_minutes": 240, "amount_due": 320.00}', '2025-10-03 12:00:00+00'),
  ('60000000-0000-4000-8000-000000000009', '10000000-0000-4000-8000-000000000006', '30000000-0000-4000-8000-000000000007',
   'payment_completed', '{"amount": 320.00, "method": "zelle"}', '2025-10-06 09:00:00+00'),
  ('60000000-0000-4000-8000-000000000010', '10000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000004',
   'payment_request_created', '{"amount": 180.00}', '2025-10-06 12:05:00+00'),
  ('60000000-0000-4000-8000-000000000011', '10000000-0000-4000-8000-000000000003', NULL,
   'relationship_deleted', '{"client_id": "10000000-0000-4000-8000-000000000005"}', '2025-10-10 17:00:00+00'),
  ('60000000-0000-4000-8000-000000000012', '10000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000010',
   'session_started', '{}', '2025-10-14 09:00:00+00');

INSERT INTO public.trackpay_invites (id, provider_id, client_id, invite_code, status, claimed_by, claimed_at, expires_at, created_at)
VALUES
  ('70000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000005',
   'TP-ELI-7Q2K', 'claimed', '10000000-0000-4000-8000-000000000005', '2025-09-30 18:00:00+00',
   '2025-10-07 12:05:00+00', '2025-09-30 12:05:00+00'),
  ('70000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000004',
   'TP-DANA-4M8R', 'pending', NULL, NULL,
   '2025-10-22 09:00:00+00', '2025-10-15 09:00:00+00');

INSERT INTO public.trackpay_relationship_audit (id, relationship_id, provider_id, client_id, deleted_by, created_at)
VALUES
  ('80000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000005',
   '10000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000005',
   '7d9c0b7e-3333-4c4f-9a52-3b0e2f1d0a33', '2025-10-10 17:00:00+00');

-- Types --------------------------------------------------------------------

-- The two kinds of TrackPay user as an enum, for checklists that name labels.
CREATE TYPE public.trackpay_role AS ENUM ('provider', 'client');

-- Storage ------------------------------------------------------------------

-- Two buckets, as the seeds create them: avatars public, documents private
-- and limited to PDF files of at most 10 MB.

INSERT INTO storage.buckets (id, name, public, file_size_limit, allowed_mime_types, created_at, updated_at)
VALUES
  ('avatars', 'avatars', true, NULL, NULL, '2025-09-28 09:00:00+00', '2025-09-28 09:00:00+00'),
  ('documents', 'documents', false, 10485760, ARRAY['application/pdf'], '2025-09-28 09:00:00+00', '2025-09-28 09:00:00+00')
ON CONFLICT (id) DO NOTHING;
