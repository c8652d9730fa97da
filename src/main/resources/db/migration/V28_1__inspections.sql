-- Inspections (督查, issue 11): a round's checklist and scope, the findings the inspectors record per unit and item,
-- each finding's rectification through the one review chain (review_event keeps its history), and the reminders the
-- coordination sweep sends about rectifications coming due or overdue (docs/coordination.md, ADR 0024).

create table coord_inspection (
    id          bigserial primary key,
    site_id     bigint        not null references site (id),
    name        varchar(200)  not null,
    period_from date          not null,
    period_to   date          not null,
    created_by  varchar(64)   not null,
    created_at  timestamptz   not null,
    version     bigint        not null default 0,
    constraint coord_inspection_period check (period_from <= period_to)
);
create index coord_inspection_site on coord_inspection (site_id, period_from desc);

create table coord_inspection_item (
    id            bigserial primary key,
    inspection_id bigint        not null references coord_inspection (id),
    sort_order    integer       not null,
    title         varchar(200)  not null,
    description   varchar(2000) not null default '',
    constraint coord_inspection_item_position unique (inspection_id, sort_order)
);

-- The units a round inspects.
create table coord_inspection_unit (
    inspection_id bigint not null references coord_inspection (id),
    unit_id       bigint not null references unit (id),
    primary key (inspection_id, unit_id)
);
create index coord_inspection_unit_unit on coord_inspection_unit (unit_id);

-- A finding (问题) at one unit on one checklist item, with what the unit must do (整改要求) by when; its rectification's
-- place in the chain, when the unit's leader sent it on (reported_at), when the inspector closed it and as of which
-- moment it counts as rectified (rectified_at), and when it became overdue.
create table coord_finding (
    id                  bigserial primary key,
    inspection_id       bigint        not null references coord_inspection (id),
    item_id             bigint        not null references coord_inspection_item (id),
    site_id             bigint        not null references site (id),
    unit_id             bigint        not null references unit (id),
    problem             varchar(2000) not null,
    requirement         varchar(2000) not null,
    working_days        integer       not null check (working_days > 0),
    due_date            date          not null,
    state               varchar(20)   not null,
    live_revision_id    bigint,
    working_revision_id bigint,
    published_at        timestamptz,
    withdrawn_at        timestamptz,
    withdraw_reason     text,
    reported_at         timestamptz,
    rectified_at        timestamptz,
    closed_at           timestamptz,
    closed_by           varchar(64),
    overdue_at          timestamptz,
    created_by          varchar(64)   not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null default 0,
    constraint coord_finding_state_known check (state in ('DRAFT','PENDING_LEADER','PENDING_CENTER','RETURNED','SCHEDULED','PUBLISHED','WITHDRAWN'))
);
create index coord_finding_inspection on coord_finding (inspection_id, unit_id);
create index coord_finding_unit on coord_finding (unit_id, due_date);
create index coord_finding_open on coord_finding (due_date) where closed_at is null;

-- A unit's rectification report on a finding (整改情况), every version kept.
create table coord_rectification (
    id           bigserial primary key,
    finding_id   bigint       not null references coord_finding (id),
    number       integer      not null,
    text         text         not null,
    author       varchar(64)  not null,
    submitted_by varchar(64),
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    constraint coord_rectification_number unique (finding_id, number)
);

-- Evidence (佐证材料) attached to a rectification: checked by the upload policy, stored outside the web root, read for
-- screening before the transaction that stores it (what reading gave is kept with the file).
create table coord_rectification_file (
    id               bigserial primary key,
    rectification_id bigint       not null references coord_rectification (id),
    filename         varchar(255) not null,
    content_type     varchar(200) not null,
    size_bytes       bigint       not null,
    storage_key      varchar(64)  not null,
    sha256           varchar(64)  not null,
    readable         boolean      not null,
    text             text         not null default '',
    reason           varchar(500) not null default '',
    created_by       varchar(64)  not null,
    created_at       timestamptz  not null
);
create index coord_rectification_file_revision on coord_rectification_file (rectification_id, id);
create index coord_rectification_file_key on coord_rectification_file (storage_key);

-- Reminders to the unit: BEFORE the rectification is due and AFTER the due day passed; once each.
create table coord_finding_reminder (
    id         bigserial primary key,
    finding_id bigint      not null references coord_finding (id),
    site_id    bigint      not null,
    unit_id    bigint      not null,
    kind       varchar(10) not null check (kind in ('BEFORE','AFTER')),
    issued_on  date        not null,
    issued_at  timestamptz not null,
    constraint coord_finding_reminder_once unique (finding_id, kind)
);
create index coord_finding_reminder_unit on coord_finding_reminder (unit_id, issued_at desc);

-- The article a column's last update was, so that a stale column's deduction links to it (owned by content, as V20_1).
create or replace view coord_article_fact as
select site_id, unit_id, category, published_at, article_id from published_article;
