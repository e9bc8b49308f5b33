-- A table whose name is an SQL injection attempt, next to the table it would
-- drop. A verifier that splices names into SQL would drop y; this one must not.

CREATE TABLE public.y (
  id  integer PRIMARY KEY
);
INSERT INTO public.y VALUES (1), (2);

CREATE TABLE public."x""; drop table y; --" (
  id  integer PRIMARY KEY
);
INSERT INTO public."x""; drop table y; --" VALUES (1), (2), (3);
ALTER TABLE public."x""; drop table y; --" ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON public."x""; drop table y; --" FROM anon, authenticated;
CREATE POLICY x_read ON public."x""; drop table y; --" FOR SELECT TO PUBLIC USING (true);
