-- The site an audit entry belongs to (the actor's), so that one county's administrator reads only that
-- county's entries. Empty for entries before this version and for the platform's own (system) entries.
-- New entries with a site include it in their hash; older ones hash as before.
alter table audit_entry add column site_id bigint;
create index audit_entry_site on audit_entry (site_id, id);
