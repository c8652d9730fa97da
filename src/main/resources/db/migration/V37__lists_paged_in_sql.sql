-- The site's volunteer activities are listed a page at a time, latest start first (the community's own list has
-- volunteer_activity_unit): the page is read from the index's end instead of sorting every activity of the county.
create index volunteer_activity_site_latest on volunteer_activity (site_id, starts_at desc, id desc);
