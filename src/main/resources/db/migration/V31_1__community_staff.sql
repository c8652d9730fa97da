-- The community's back office (issue 14, 社区信息化): entries of the 便民服务 directory are edited and removed by the
-- community's staff (the row's version refuses a stale edit); a volunteer activity has an end and may be cancelled by
-- the community, which leaves a notice on each live registration for the citizen who held it.
alter table community_service add column version bigint not null default 0;
alter table community_service add column updated_by varchar(64);
alter table community_service add column updated_at timestamptz;

alter table volunteer_activity add column ends_at timestamptz;
alter table volunteer_activity add column cancelled_at timestamptz;
alter table volunteer_activity add column cancelled_by varchar(64);
alter table volunteer_activity add column cancel_reason varchar(2000);
alter table volunteer_activity add constraint volunteer_activity_ends_after_start check (ends_at is null or ends_at > starts_at);

alter table activity_registration add column notice varchar(2000);

-- 社区通知: written by the community's officer, approved by its director and published by its township (ADR 0020), a
-- submission of the one review chain (ADR 0016): its history is in review_event under the kind 'community.notice'.
create table community_notice (
    id                  bigserial primary key,
    site_id             bigint       not null references site (id),
    unit_id             bigint       not null references unit (id),
    state               varchar(20)  not null,
    live_revision_id    bigint,
    working_revision_id bigint,
    published_at        timestamptz,
    withdrawn_at        timestamptz,
    withdraw_reason     text,
    created_by          varchar(64)  not null,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             bigint       not null default 0
);
create index community_notice_unit on community_notice (unit_id, published_at desc);

create table community_notice_revision (
    id           bigserial primary key,
    notice_id    bigint        not null references community_notice (id),
    number       integer       not null,
    title        varchar(200)  not null,
    body         varchar(10000) not null default '',
    author       varchar(64)   not null,
    submitted_by varchar(64),
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now()
);
create index community_notice_revision_of on community_notice_revision (notice_id);

-- Who signed up, as they were named then, so that the community's list and export need no other module's tables.
alter table activity_registration add column volunteer_name varchar(100) not null default '';
alter table activity_registration add column volunteer_username varchar(64) not null default '';
