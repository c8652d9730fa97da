-- Performance assessment (绩效考核, docs/assessment.md): a scheme per site and year (indicators in parts, each with
-- maximum points and a rule), assessors' adjustments with a reason, and the snapshot a closed year keeps.

create table assess_year (
    id           bigserial primary key,
    site_id      bigint       not null references site (id),
    year         integer      not null,
    state        varchar(10)  not null default 'OPEN' check (state in ('OPEN','CLOSED')),
    closed_at    timestamptz,
    closed_by    varchar(64),
    audience     varchar(10)  not null default 'NONE' check (audience in ('NONE','UNITS','PORTAL')),
    published_at timestamptz,
    published_by varchar(64),
    version      bigint       not null default 0,
    constraint assess_year_once unique (site_id, year)
);

create table assess_indicator (
    id          bigserial primary key,
    year_id     bigint        not null references assess_year (id),
    part        varchar(100)  not null,
    name        varchar(200)  not null,
    max_points  numeric(6,2)  not null check (max_points > 0),
    rule        varchar(30)   not null,
    points_each numeric(6,2)  not null default 0 check (points_each >= 0),
    sort_order  integer       not null
);
create index assess_indicator_year on assess_indicator (year_id, sort_order);

create table assess_adjustment (
    id           bigserial primary key,
    year_id      bigint        not null references assess_year (id),
    unit_id      bigint        not null references unit (id),
    indicator_id bigint        not null references assess_indicator (id),
    points       numeric(6,2)  not null check (points <> 0),
    reason       text          not null check (length(btrim(reason)) > 0),
    made_by      varchar(64)   not null,
    made_at      timestamptz   not null
);
create index assess_adjustment_unit on assess_adjustment (year_id, unit_id);

-- What a closed year's scores were, as the units saw them: later changes of facts do not alter it.
create table assess_snapshot (
    id      bigserial primary key,
    year_id bigint        not null references assess_year (id),
    unit_id bigint        not null references unit (id),
    total   numeric(7,2)  not null,
    rank    integer       not null,
    detail  text          not null,
    constraint assess_snapshot_once unique (year_id, unit_id)
);

create or replace function assess_snapshot_immutable() returns trigger as $$
begin
    raise exception 'assess_snapshot is immutable';
end;
$$ language plpgsql;
create trigger assess_snapshot_no_update before update or delete on assess_snapshot
    for each row execute function assess_snapshot_immutable();

-- Published seam (as V15_2), owned by supervision: each signal's unit, type and day.
create view coord_signal_fact as
select id, site_id, unit_id, application_id, type, issued_on from supervision_signal;
