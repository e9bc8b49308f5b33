-- On top of the TrackPay demo: objects for the security findings the verifier
-- knew first, so that a checklist sees each one reported. TrackPay itself adds
-- rls_enabled_no_policy on trackpay_relationship_audit, a trigger function
-- without a search_path and a definer function signed-in users may call.

-- rls_disabled_in_public
CREATE TABLE public.notes (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), body text);

-- rls_disabled_in_public and policy_exists_rls_disabled
CREATE TABLE public.drafts (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), owner_id uuid);
CREATE POLICY drafts_select_own ON public.drafts FOR SELECT TO authenticated USING (owner_id = auth.uid());

-- function_search_path_mutable, and anon_ and authenticated_security_definer_
-- function_executable through the default privileges Supabase gives on public
CREATE FUNCTION public.touch_all() RETURNS void LANGUAGE sql SECURITY DEFINER AS $$ SELECT $$;

-- security_definer_view: no security_invoker
CREATE VIEW public.session_totals AS
  SELECT client_id, sum(amount_due) AS total FROM public.trackpay_sessions GROUP BY client_id;

-- auth_users_exposed: security_invoker, but it reads auth.users and the
-- default privileges let anon and authenticated select it
CREATE VIEW public.user_emails WITH (security_invoker = true) AS
  SELECT id, email FROM auth.users;

-- unindexed_foreign_keys (a performance lint)
CREATE TABLE public.comments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id uuid NOT NULL REFERENCES public.trackpay_sessions (id) ON DELETE CASCADE,
  body text
);
ALTER TABLE public.comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY comments_select ON public.comments FOR SELECT TO authenticated USING (true);
