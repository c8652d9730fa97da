-- Grassroots disclosure (issue 14, STANDARDS §13). Each disclosure is a submission of the one review chain (ADR 0016):
-- its history is in review_event under the kinds 'village.disclosure' and 'party.disclosure'.

-- How the law's timing applies to a village: monthly finance where it is busy (财务往来较多); periods ending before
-- disclosure_since are not asked of it.
create table village_setting (
    unit_id          bigint primary key references unit (id),
    busy_finance     boolean not null default false,
    disclosure_since date    not null
);

create table village_disclosure (
    id                  bigserial primary key,
    site_id             bigint       not null references site (id),
    unit_id             bigint       not null references unit (id),
    category            varchar(30)  not null check (category in ('VILLAGER_DECISIONS','FINANCE','SUBSIDIES',
                                                                  'COLLECTIVE_ASSETS','PROJECTS','ASSISTING_GOVERNMENT','OTHER')),
    period_kind         varchar(10)  not null check (period_kind in ('MONTH','QUARTER','EVENT')),
    period_start        date         not null,
    period_end          date         not null,
    major               boolean      not null default false,
    state               varchar(20)  not null,
    live_revision_id    bigint,
    working_revision_id bigint,
    published_at        timestamptz,
    withdrawn_at        timestamptz,
    withdraw_reason     text,
    created_by          varchar(64)  not null,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             bigint       not null default 0,
    constraint village_disclosure_period check (period_start <= period_end)
);
create index village_disclosure_unit on village_disclosure (unit_id, category, state);

-- finance and subsidies are JSON with amounts as decimal strings (exact to the fen); ID and bank numbers in a subsidy
-- list are stored masked to their last four digits, never whole.
create table village_disclosure_revision (
    id            bigserial primary key,
    disclosure_id bigint       not null references village_disclosure (id),
    number        integer      not null,
    title         varchar(200) not null,
    body          text         not null default '',
    finance       text,
    subsidies     text,
    checked_by    varchar(64),
    checked_at    timestamptz,
    author        varchar(64)  not null,
    submitted_by  varchar(64),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);
create index village_disclosure_revision_of on village_disclosure_revision (disclosure_id);

-- 质询: a villager's question on a published disclosure, answered publicly by the village within the setting's days.
-- The contact is for the village only.
create table village_question (
    id            bigserial primary key,
    site_id       bigint        not null references site (id),
    disclosure_id bigint        not null references village_disclosure (id),
    asker_name    varchar(50)   not null,
    asker_contact varchar(100)  not null default '',
    question      varchar(2000) not null,
    asked_at      timestamptz   not null,
    due_on        date          not null,
    answer        varchar(4000),
    answered_by   varchar(64),
    answered_at   timestamptz,
    version       bigint        not null default 0
);
create index village_question_disclosure on village_question (disclosure_id, id);

create table party_organisation (
    unit_id bigint primary key references unit (id),
    level   varchar(20) not null check (level in ('COMMITTEE','GENERAL_BRANCH','BRANCH'))
);

create table party_disclosure (
    id                  bigserial primary key,
    site_id             bigint       not null references site (id),
    unit_id             bigint       not null references unit (id),
    category            varchar(30)  not null check (category in ('ORGANISATION','NEW_MEMBERS','DUES','MEETINGS','APPRAISAL')),
    visibility          varchar(10)  not null check (visibility in ('INTERNAL','PUBLIC')),
    starts_on           date,
    ends_on             date,
    state               varchar(20)  not null,
    live_revision_id    bigint,
    working_revision_id bigint,
    published_at        timestamptz,
    withdrawn_at        timestamptz,
    withdraw_reason     text,
    created_by          varchar(64)  not null,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             bigint       not null default 0,
    constraint party_announcement_period check (starts_on is null or (ends_on is not null and starts_on <= ends_on))
);
create index party_disclosure_unit on party_disclosure (unit_id, state);

create table party_disclosure_revision (
    id            bigserial primary key,
    disclosure_id bigint       not null references party_disclosure (id),
    number        integer      not null,
    title         varchar(200) not null,
    body          text         not null,
    author        varchar(64)  not null,
    submitted_by  varchar(64),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);
create index party_disclosure_revision_of on party_disclosure_revision (disclosure_id);

-- 异议 to a 公示 from the public; the name and contact are read only by the organisation's staff.
create table announcement_objection (
    id            bigserial primary key,
    site_id       bigint        not null references site (id),
    disclosure_id bigint        not null references party_disclosure (id),
    name          varchar(50)   not null,
    contact       varchar(100)  not null,
    objection     varchar(2000) not null,
    at            timestamptz   not null
);
create index announcement_objection_of on announcement_objection (disclosure_id, id);
