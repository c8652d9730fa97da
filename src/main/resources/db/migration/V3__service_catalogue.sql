-- The service-guide catalogue (办事指南) and the fee catalogue: entries a unit submits through the same review
-- chain as articles. An entry's content is a JSON document per revision; the live one is copied to
-- published_entry for the portal and search.
create table catalogue_entry (
    id                  bigserial primary key,
    site_id             bigint      not null references site (id),
    unit_id             bigint      not null references unit (id),
    kind                varchar(10) not null check (kind in ('ITEM','FEE')),
    state               varchar(20) not null,
    live_revision_id    bigint,
    working_revision_id bigint,
    published_at        timestamptz,
    withdrawn_at        timestamptz,
    withdraw_reason     text,
    created_by          varchar(64) not null,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             bigint      not null default 0
);
create index catalogue_entry_unit on catalogue_entry (unit_id, kind, state);

create table catalogue_revision (
    id           bigserial primary key,
    entry_id     bigint      not null references catalogue_entry (id),
    number       integer     not null,
    content      text        not null,
    author       varchar(64) not null,
    submitted_by varchar(64),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    constraint catalogue_revision_number unique (entry_id, number)
);
alter table catalogue_entry add constraint catalogue_entry_live foreign key (live_revision_id) references catalogue_revision (id);
alter table catalogue_entry add constraint catalogue_entry_working foreign key (working_revision_id) references catalogue_revision (id);

create table catalogue_event (
    id          bigserial primary key,
    entry_id    bigint      not null references catalogue_entry (id),
    revision_id bigint references catalogue_revision (id),
    at          timestamptz not null default now(),
    actor       varchar(64) not null,
    action      varchar(40) not null,
    from_state  varchar(20),
    to_state    varchar(20),
    reason      text        not null default ''
);
create index catalogue_event_entry on catalogue_event (entry_id, id);

create table published_entry (
    entry_id        bigint primary key references catalogue_entry (id),
    site_id         bigint       not null,
    unit_id         bigint       not null,
    unit_code       varchar(32)  not null,
    unit_name       varchar(200) not null,
    kind            varchar(10)  not null,
    name            varchar(300) not null,
    item_type       varchar(4),
    target          varchar(10),
    online          boolean      not null default false,
    content         text         not null,
    search_text     text         not null,
    published_at    timestamptz  not null,
    revision_id     bigint       not null
);
create index published_entry_site on published_entry (site_id, kind, unit_id);

-- Life events (一件事) bundle items of several units; the center's editors keep them.
create table scenario (
    id          bigserial primary key,
    site_id     bigint       not null references site (id),
    name        varchar(200) not null,
    description text         not null default '',
    audience    varchar(10)  not null,
    steps       text         not null,
    sort_order  integer      not null default 0,
    updated_by  varchar(64)  not null,
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0,
    constraint scenario_name_per_site unique (site_id, name)
);
