-- Online applications (网上审批) for service items with online handling. The legal clocks are ledgers
-- (application_clock_entry); the *_due columns are a projection of the ledger and the calendar, recomputed
-- whenever either changes, so that supervision can compare a million open cases with today in SQL.
create table application (
    id                      bigserial primary key,
    site_id                 bigint       not null references site (id),
    unit_id                 bigint       not null references unit (id),
    service_item_id         bigint       not null references catalogue_entry (id),
    item_name               varchar(300) not null,
    applicant_account_id    bigint references account (id),
    applicant_name          varchar(100) not null,
    applicant_phone         varchar(30)  not null,
    applicant_email         varchar(200) not null default '',
    applicant_organisation  varchar(200) not null default '',
    form                    text         not null default '{}',
    state                   varchar(24)  not null,
    query_code              varchar(16) unique,
    region                  varchar(4)   not null default 'XJ',
    statutory_days          integer      not null,
    promised_days           integer      not null,
    submitted_on            date,
    correction_requested_on date,
    accepted_on             date,
    decided_on              date,
    completed_on            date,
    withdrawn_on            date,
    current_step            integer      not null default 0,
    current_step_started_on date,
    decision                varchar(10),
    decision_reason         text,
    rejection_reason        text,
    rejection_legal_basis   text,
    fee_charged             numeric(12, 2),
    handler                 varchar(64),
    -- Projection of the clocks (see above); null where a clock does not run.
    acceptance_due          date,
    promised_due            date,
    statutory_due           date,
    step_due                date,
    delivery_due            date,
    clock_suspended         boolean      not null default false,
    provisional             boolean      not null default false,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    version                 bigint       not null default 0,
    constraint application_state_known check (state in ('DRAFT','SUBMITTED','CORRECTION_REQUESTED','ACCEPTED','APPROVED','DENIED',
                                                        'COMPLETED','REJECTED','WITHDRAWN'))
);
create index application_unit_state on application (unit_id, state);
create index application_applicant on application (applicant_account_id);
-- Open cases only: what the supervision sweep and board read.
create index application_open_promised on application (promised_due) where state in ('ACCEPTED','APPROVED','DENIED');
create index application_open_submitted on application (acceptance_due) where state = 'SUBMITTED';

-- Suspensions (特别程序, 补正) and extensions of an application's clocks, with who, why and the legal basis.
create table application_clock_entry (
    id             bigserial primary key,
    application_id bigint       not null references application (id),
    kind           varchar(12)  not null check (kind in ('SUSPENSION','EXTENSION')),
    by_user        varchar(64)  not null,
    reason         text         not null,
    legal_basis    text         not null default '',
    from_date      date,
    to_date        date,
    days           integer,
    created_at     timestamptz  not null default now()
);
create index application_clock_entry_application on application_clock_entry (application_id, id);

create table application_material (
    id             bigserial primary key,
    application_id bigint       not null references application (id),
    material_id    varchar(20)  not null,
    filename       varchar(255) not null,
    content_type   varchar(100) not null,
    size_bytes     bigint       not null,
    storage_key    varchar(100) not null,
    sha256         varchar(64)  not null,
    uploaded_at    timestamptz  not null default now()
);
create index application_material_application on application_material (application_id);

create table application_event (
    id             bigserial primary key,
    application_id bigint       not null references application (id),
    at             timestamptz  not null default now(),
    actor          varchar(64)  not null,
    action         varchar(40)  not null,
    from_state     varchar(24),
    to_state       varchar(24),
    note           text         not null default ''
);
create index application_event_application on application_event (application_id, id);
