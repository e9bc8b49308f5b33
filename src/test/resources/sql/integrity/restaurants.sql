-- Run after demo/supabase-base.sql. Shapes for the sentences the PesaChama demo has no room for:
--   restaurants / subscriptions: "every row of ... where ... has a matching ... through ..."
--     (R2 is active without a subscription; R3 is inactive without one and is not counted)
--   tenant_orders / tenant_order_items: a composite reference (tenant_id, order_id); one orphan
--   audit_events: a table without a primary key
CREATE TABLE public.restaurants (
  id         integer  PRIMARY KEY,
  name       text     NOT NULL,
  is_active  boolean  NOT NULL
);
CREATE TABLE public.subscriptions (
  id             integer  PRIMARY KEY,
  restaurant_id  integer  NOT NULL,
  plan           text     NOT NULL
);
INSERT INTO public.restaurants VALUES (1, 'Mama Oliech', true), (2, 'Java House', true), (3, 'Closed Cafe', false);
INSERT INTO public.subscriptions VALUES (10, 1, 'pro');

CREATE TABLE public.tenant_orders (
  tenant_id  integer,
  id         integer,
  PRIMARY KEY (tenant_id, id)
);
CREATE TABLE public.tenant_order_items (
  id         integer  PRIMARY KEY,
  tenant_id  integer  NOT NULL,
  order_id   integer,
  sku        text     NOT NULL
);
INSERT INTO public.tenant_orders VALUES (1, 100), (2, 100);
INSERT INTO public.tenant_order_items VALUES (1, 1, 100, 'A'), (2, 2, 100, 'B'), (3, 3, 100, 'C'), (4, 1, NULL, 'D');

CREATE TABLE public.audit_events (
  happened_at  timestamptz  NOT NULL,
  what         text
);
