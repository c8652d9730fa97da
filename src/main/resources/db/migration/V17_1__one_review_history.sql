-- Every kind of submission (articles, service guides and fees, unit profiles, and the kinds still to come) keeps its
-- history in one table, keyed by the kind's name and the submission's id. The three tables of the same shape that each
-- kind kept so far (V2, V3, V8) move into it row by row, each in its own order, so that every submission's history
-- reads as before. revision_id points into the kind's own revision table and has no foreign key for that reason.
create table review_event (
    id          bigserial primary key,
    kind        varchar(40) not null,
    subject_id  bigint      not null,
    revision_id bigint,
    at          timestamptz not null,
    actor       varchar(64) not null,
    action      varchar(40) not null,
    from_state  varchar(20),
    to_state    varchar(20),
    reason      text        not null default ''
);
create index review_event_subject on review_event (kind, subject_id, id);
create index review_event_revision on review_event (kind, revision_id);

insert into review_event (kind, subject_id, revision_id, at, actor, action, from_state, to_state, reason)
select 'article', article_id, revision_id, at, actor, action, from_state, to_state, reason from article_event order by id;
insert into review_event (kind, subject_id, revision_id, at, actor, action, from_state, to_state, reason)
select 'catalogue', entry_id, revision_id, at, actor, action, from_state, to_state, reason from catalogue_event order by id;
insert into review_event (kind, subject_id, revision_id, at, actor, action, from_state, to_state, reason)
select 'unit.profile', unit_id, revision_id, at, actor, action, from_state, to_state, reason from unit_profile_event order by id;

drop table article_event;
drop table catalogue_event;
drop table unit_profile_event;

-- The profile's review state carries its own time of last change, like every submission's; the unit's updated_at
-- stays the time the unit itself (name, place in the tree, live profile) last changed.
alter table unit add column profile_updated_at timestamptz not null default now();
update unit set profile_updated_at = updated_at;
