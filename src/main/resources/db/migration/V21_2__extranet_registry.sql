-- Issue 12: the extranet connection registry (电子政务外网接入, notice 2013-38 part two). A unit without a row has
-- not applied yet.
create table extranet_connection (
    unit_id        bigint       primary key references unit (id),
    site_id        bigint       not null references site (id),
    status         varchar(20)  not null,
    carrier        varchar(50)  not null default '',
    switch_model   varchar(100) not null default '',
    switch_managed boolean      not null default false,
    address_range  varchar(100) not null default '',
    connected_on   date,
    contact_name   varchar(50)  not null default '',
    contact_phone  varchar(30)  not null default '',
    updated_by     varchar(64)  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0
);
create index extranet_connection_site on extranet_connection (site_id, status);

-- Every change: proposed by the unit's officer (PENDING until the center confirms it; a newer proposal SUPERSEDES it)
-- or set by the center itself (SET). The history of a unit's connection.
create table extranet_change (
    id             bigserial    primary key,
    unit_id        bigint       not null references unit (id),
    site_id        bigint       not null references site (id),
    status         varchar(20)  not null,
    carrier        varchar(50)  not null,
    switch_model   varchar(100) not null,
    switch_managed boolean      not null,
    address_range  varchar(100) not null,
    connected_on   date,
    contact_name   varchar(50)  not null,
    contact_phone  varchar(30)  not null,
    state          varchar(20)  not null,
    proposed_by    varchar(64)  not null,
    proposed_at    timestamptz  not null,
    decided_by     varchar(64),
    decided_at     timestamptz
);
create index extranet_change_unit on extranet_change (unit_id, id);
create unique index extranet_change_one_pending on extranet_change (unit_id) where state = 'PENDING';
