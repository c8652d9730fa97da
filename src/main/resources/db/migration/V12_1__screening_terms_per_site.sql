-- Issue 9 item 4: prohibited terms belong to a site. Each existing term stays in force for the site of the
-- administrator who added it; a term whose author is not (or no longer) an account stays in force on every site,
-- so that upgrading never lets a listed term through.
alter table screening_term add column site_id bigint references site (id);
drop index screening_term_unique;

update screening_term t set site_id = a.site_id from account a where a.username = t.created_by;

insert into screening_term (site_id, term, category, created_by, created_at)
select s.id, t.term, t.category, t.created_by, t.created_at
from screening_term t cross join site s
where t.site_id is null
  and not exists (select 1 from screening_term o where o.site_id = s.id and lower(o.term) = lower(t.term));

delete from screening_term where site_id is null;

alter table screening_term alter column site_id set not null;
create unique index screening_term_unique on screening_term (site_id, lower(term));
