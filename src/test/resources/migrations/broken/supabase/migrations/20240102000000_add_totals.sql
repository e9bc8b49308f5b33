-- Adds a total per customer.

create view public.invoice_totals as
select
  id,
  sum(amout) as total
from public.invoices
group by id;

create table public.totals_cache (id uuid primary key);
