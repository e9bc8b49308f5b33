-- Extra objects for the probe tests, on top of the TrackPay demo.
CREATE TABLE public.denied_notes (id integer PRIMARY KEY, note text NOT NULL);
INSERT INTO public.denied_notes VALUES (1, 'secret');
ALTER TABLE public.denied_notes ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON public.denied_notes FROM anon, authenticated;

CREATE FUNCTION public.echo_args(p_text text, p_num numeric, p_nothing uuid, p_flag boolean)
RETURNS TABLE (txt text, num numeric, nothing uuid, flag boolean)
LANGUAGE sql STABLE
AS $$ select p_text, p_num, p_nothing, p_flag $$;

CREATE TABLE public.probe_notes (id serial PRIMARY KEY, note text NOT NULL);

CREATE FUNCTION public.note_something(p_note text) RETURNS integer
LANGUAGE sql
AS $$ insert into public.probe_notes (note) values (p_note) returning id $$;
