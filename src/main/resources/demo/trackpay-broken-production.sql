-- A broken production copy of TrackPay, for tests that must see the
-- checklist fail. Apply after supabase-base.sql and the TrackPay migration
-- (demo/trackpay/supabase/migrations/20250101000000_trackpay.sql).
-- Plants exactly five defects, each one a thing the migration checklist
-- (seed 000) exists to catch.

-- (a) Deleting a session now deletes its payments: the FK is CASCADE where
--     the checklist expects RESTRICT. Same constraint name as before.
ALTER TABLE public.trackpay_payments
  DROP CONSTRAINT trackpay_payments_session_id_fkey;
ALTER TABLE public.trackpay_payments
  ADD CONSTRAINT trackpay_payments_session_id_fkey FOREIGN KEY (session_id)
    REFERENCES public.trackpay_sessions (id) ON DELETE CASCADE;

-- (b) Row level security forgotten on the invites table. Its policy
--     invites_select_by_provider stays, and now does nothing.
ALTER TABLE public.trackpay_invites DISABLE ROW LEVEL SECURITY;

-- (c) The DELETE policy that checklist section 9 removes is back: providers
--     can delete relationships directly, bypassing the audit.
CREATE POLICY rel_delete_by_provider
  ON trackpay_relationships FOR DELETE
  TO authenticated
  USING (provider_id IN (
    SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid()
  ));

-- (d) anon may execute the security definer delete function again.
GRANT EXECUTE ON FUNCTION public.delete_client_relationship_safely(uuid) TO anon;

-- (e) One row lost in the copy: the last activity (Bruno starts session S10).
--     Nothing references activities, so trackpay_activities has 11 rows here.
DELETE FROM public.trackpay_activities
 WHERE id = '60000000-0000-4000-8000-000000000012';
