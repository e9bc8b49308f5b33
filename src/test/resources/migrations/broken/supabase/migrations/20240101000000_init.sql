create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  amount numeric(10, 2) not null
);
