-- The demo agency answers at localhost and 127.0.0.1 (runs after R__demo_agency_bangsaothong.sql,
-- which creates it). Does nothing when the agency has host names already, so an operator's own
-- are never changed.
insert into agency_host (host, agency_id)
select h.host, a.id
from agency a cross join (values ('localhost'), ('127.0.0.1')) as h (host)
where a.slug = 'bangsaothong'
  and not exists (select 1 from agency_host x where x.agency_id = a.id)
on conflict (host) do nothing;
