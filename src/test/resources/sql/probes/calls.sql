-- Functions called the way PostgREST calls them: defaulted and named parameters, a set-returning one.
CREATE FUNCTION public.greet(who text, greeting text DEFAULT 'hello') RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT greeting || ', ' || who $$;
CREATE FUNCTION public.numbered(n integer DEFAULT 2) RETURNS TABLE (i integer, label text)
  LANGUAGE sql STABLE AS $$ SELECT g, 'row ' || g FROM generate_series(1, n) g $$;
GRANT EXECUTE ON FUNCTION public.greet(text, text), public.numbered(integer) TO anon, authenticated;
CREATE SCHEMA private_things;
REVOKE ALL ON SCHEMA private_things FROM PUBLIC;
