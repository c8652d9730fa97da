-- Unit profiles (notice item 1: 机构设置、法定职责、主要负责人、办公地点和联系方式) go through the review chain like
-- articles and catalogue entries: the unit's officer writes a revision, its principal leader approves, the center
-- publishes. The unit row keeps the live profile the portal shows (and unit_contact the live registered contacts)
-- beside the chain's state; every version of the profile is a revision.
alter table unit
    add column profile_state               varchar(20) not null default 'DRAFT',
    add column profile_live_revision_id    bigint,
    add column profile_working_revision_id bigint,
    add column profile_published_at        timestamptz,
    add column profile_withdrawn_at        timestamptz,
    add column profile_withdraw_reason     text;

create table unit_profile_revision (
    id           bigserial primary key,
    unit_id      bigint       not null references unit (id),
    number       integer      not null,
    organisation text         not null default '',
    duties       text         not null default '',
    leader_name  varchar(100) not null default '',
    address      varchar(300) not null default '',
    phone        varchar(100) not null default '',
    email        varchar(200) not null default '',
    office_hours varchar(300) not null default '',
    -- The registered contacts as a JSON array of {role, name, post, phone, email}: they are reported with the
    -- profile, but the portal never shows them.
    contacts     text         not null default '[]',
    author       varchar(64)  not null,
    submitted_by varchar(64),
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    constraint unit_profile_revision_number unique (unit_id, number)
);
alter table unit add constraint unit_profile_live foreign key (profile_live_revision_id) references unit_profile_revision (id);
alter table unit add constraint unit_profile_working foreign key (profile_working_revision_id) references unit_profile_revision (id);
create index unit_profile_state on unit (site_id, profile_state);

create table unit_profile_event (
    id          bigserial primary key,
    unit_id     bigint      not null references unit (id),
    revision_id bigint references unit_profile_revision (id),
    at          timestamptz not null default now(),
    actor       varchar(64) not null,
    action      varchar(40) not null,
    from_state  varchar(20),
    to_state    varchar(20),
    reason      text        not null default ''
);
create index unit_profile_event_unit on unit_profile_event (unit_id, id);

-- What the units show today was published before the chain existed: it becomes each unit's first revision, live.
insert into unit_profile_revision (unit_id, number, organisation, duties, leader_name, address, phone, email, office_hours,
                                   contacts, author, created_at, updated_at)
select u.id, 1, u.organisation, u.duties, u.leader_name, u.address, u.phone, u.email, u.office_hours,
       coalesce((select json_agg(json_build_object('role', c.role, 'name', c.name, 'post', c.post, 'phone', c.phone,
                                                   'email', c.email) order by c.sort_order, c.id)
                 from unit_contact c where c.unit_id = u.id)::text, '[]'),
       'migration', u.updated_at, u.updated_at
from unit u;

update unit u
set profile_state = 'PUBLISHED', profile_live_revision_id = r.id, profile_published_at = u.updated_at
from unit_profile_revision r
where r.unit_id = u.id;

insert into unit_profile_event (unit_id, revision_id, at, actor, action, from_state, to_state, reason)
select r.unit_id, r.id, now(), 'migration', 'import', null, 'PUBLISHED', '已发布的单位信息迁入审核流程'
from unit_profile_revision r;
