-- totals per order
create view order_totals as
select id,
       sum(amout) as total
from orders
group by id;
