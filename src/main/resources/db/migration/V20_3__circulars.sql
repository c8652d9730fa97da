-- Circulars (通报, docs/coordination.md): drafted by the center from the data, approved by the center's leader on the
-- review chain (review_event keeps the history), issued with a 文号 without gaps, to units who sign for them or to the
-- portal as an article in 通知公告.

create table coord_circular (
    id                  bigserial primary key,
    site_id             bigint       not null references site (id),
    unit_id             bigint       not null references unit (id),
    state               varchar(20)  not null,
    live_revision_id    bigint,
    working_revision_id bigint,
    published_at        timestamptz,
    withdrawn_at        timestamptz,
    withdraw_reason     text,
    source              varchar(200) not null default '',
    number              varchar(60),
    number_year         integer,
    number_sequence     integer,
    audience            varchar(10) check (audience in ('INTERNAL','PUBLIC')),
    issued_at           timestamptz,
    issued_by           varchar(64),
    article_id          bigint,
    created_by          varchar(64)  not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0,
    constraint coord_circular_number_once unique (site_id, number_year, number_sequence),
    constraint coord_circular_state_known check (state in ('DRAFT','PENDING_LEADER','PENDING_CENTER','RETURNED','SCHEDULED','PUBLISHED','WITHDRAWN'))
);

create table coord_circular_revision (
    id           bigserial primary key,
    circular_id  bigint       not null references coord_circular (id),
    number       integer      not null,
    title        varchar(200) not null,
    body         text         not null,
    author       varchar(64)  not null,
    submitted_by varchar(64),
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    constraint coord_circular_revision_number unique (circular_id, number)
);

-- The last sequence number given per site and year: taken and raised in the issuing transaction, so that a refused
-- issue gives its number back and the numbers have no gaps.
create table coord_circular_sequence (
    site_id  bigint  not null references site (id),
    year     integer not null,
    last     integer not null,
    primary key (site_id, year)
);

-- The units an internal circular is addressed to, and when each signed for it (签收).
create table coord_circular_recipient (
    circular_id bigint      not null references coord_circular (id),
    unit_id     bigint      not null references unit (id),
    signed_at   timestamptz,
    signed_by   varchar(64),
    primary key (circular_id, unit_id)
);
create index coord_circular_recipient_unit on coord_circular_recipient (unit_id) where signed_at is null;
