-- 社区信息化平台 (issue 14, STANDARDS §13.3): the 便民服务 directory a community keeps, and its volunteer activities with
-- registration by citizens. registered counts the live registrations; the check keeps it within the capacity even
-- under concurrent sign-ups, and the partial unique index lets a citizen hold one live registration per activity.
create table community_service (
    id         bigserial primary key,
    site_id    bigint       not null references site (id),
    unit_id    bigint       not null references unit (id),
    category   varchar(30)  not null,
    name       varchar(100) not null,
    address    varchar(200) not null default '',
    phone      varchar(60)  not null default '',
    hours      varchar(100) not null default '',
    created_by varchar(64)  not null,
    created_at timestamptz  not null default now()
);
create index community_service_unit on community_service (unit_id, category, id);

create table volunteer_activity (
    id          bigserial primary key,
    site_id     bigint        not null references site (id),
    unit_id     bigint        not null references unit (id),
    title       varchar(200)  not null,
    description varchar(4000) not null default '',
    place       varchar(200)  not null,
    starts_at   timestamptz   not null,
    capacity    integer       not null check (capacity between 1 and 1000),
    registered  integer       not null default 0,
    created_by  varchar(64)   not null,
    created_at  timestamptz   not null default now(),
    version     bigint        not null default 0,
    constraint volunteer_activity_within_capacity check (registered between 0 and capacity)
);
create index volunteer_activity_unit on volunteer_activity (unit_id, starts_at);

create table activity_registration (
    id            bigserial primary key,
    activity_id   bigint      not null references volunteer_activity (id),
    account_id    bigint      not null references account (id),
    registered_at timestamptz not null,
    cancelled_at  timestamptz
);
create unique index activity_registration_once on activity_registration (activity_id, account_id) where cancelled_at is null;
