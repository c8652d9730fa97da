-- Unit coordination (督办): tasks the center issues to units, each unit's part of a task (its report goes through the
-- one review chain, review_event keeps its history), and the reminders the sweep sends (docs/coordination.md).

create table coord_task (
    id                    bigserial primary key,
    site_id               bigint        not null references site (id),
    title                 varchar(200)  not null,
    basis                 varchar(100)  not null default '',
    basis_url             varchar(500)  not null default '',
    requirement           text          not null default '',
    deadline              date          not null,
    deadline_working_days integer,
    fulfilment            varchar(20)   not null,
    condition_kind        varchar(30),
    condition_count       integer,
    condition_role        varchar(30),
    condition_column      varchar(20),
    issued_by             varchar(64)   not null,
    issued_at             timestamptz   not null,
    version               bigint        not null default 0,
    constraint coord_task_fulfilment_known check (fulfilment in ('REPORT','CONDITION')),
    constraint coord_task_condition_given check ((fulfilment = 'CONDITION') = (condition_kind is not null))
);
create index coord_task_site on coord_task (site_id, deadline);

-- One row per unit the task was issued to: the review chain's state of its report and the moment it was fulfilled.
create table coord_task_unit (
    id                  bigserial primary key,
    task_id             bigint       not null references coord_task (id),
    site_id             bigint       not null references site (id),
    unit_id             bigint       not null references unit (id),
    state               varchar(20)  not null,
    live_revision_id    bigint,
    working_revision_id bigint,
    published_at        timestamptz,
    withdrawn_at        timestamptz,
    withdraw_reason     text,
    reported_at         timestamptz,
    fulfilled_at        timestamptz,
    created_by          varchar(64)  not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0,
    constraint coord_task_unit_once unique (task_id, unit_id),
    constraint coord_task_unit_state_known check (state in ('DRAFT','PENDING_LEADER','PENDING_CENTER','RETURNED','SCHEDULED','PUBLISHED','WITHDRAWN'))
);
create index coord_task_unit_unit on coord_task_unit (unit_id, task_id);
create index coord_task_unit_open on coord_task_unit (task_id) where fulfilled_at is null;

-- A unit's report on a task, every version kept.
create table coord_task_report (
    id           bigserial primary key,
    task_unit_id bigint       not null references coord_task_unit (id),
    number       integer      not null,
    text         text         not null,
    author       varchar(64)  not null,
    submitted_by varchar(64),
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    constraint coord_task_report_number unique (task_unit_id, number)
);

-- Reminders to a unit's officer and leader: BEFORE the deadline (N working days) and AFTER it passed; once each.
create table coord_reminder (
    id           bigserial primary key,
    task_unit_id bigint       not null references coord_task_unit (id),
    site_id      bigint       not null,
    unit_id      bigint       not null,
    kind         varchar(10)  not null check (kind in ('BEFORE','AFTER')),
    issued_on    date         not null,
    issued_at    timestamptz  not null,
    constraint coord_reminder_once unique (task_unit_id, kind)
);
create index coord_reminder_unit on coord_reminder (unit_id, issued_at desc);

-- Published seams (as V15_2): the facts of other modules that coordination's SQL reads, each owned by the module
-- whose table is below it; plain projections.
-- Owned by content: each live article's unit, column and time of publication.
create view coord_article_fact as
select site_id, unit_id, category, published_at from published_article;
