-- The working-day calendar (docs/calendar.md). Only special days are stored: every other day is a working
-- day from Monday to Friday and a rest day at weekends.
create table calendar_day (
    region     varchar(2)  not null check (region in ('CN','XJ')),
    day        date        not null,
    -- true: a holiday; false: a weekend day worked instead (调休上班)
    is_off_day boolean     not null,
    name       varchar(50) not null,
    -- 'shipped' for the data that comes with the platform, else the administrator who set the day
    source     varchar(64) not null,
    updated_at timestamptz not null default now(),
    constraint calendar_day_per_region unique (region, day)
);
create index calendar_day_by_day on calendar_day (day);

-- Years whose arrangement was loaded as a whole. Without its national year a due date is provisional.
create table calendar_year (
    region    varchar(2)  not null check (region in ('CN','XJ')),
    year      integer     not null,
    source    varchar(64) not null,
    loaded_at timestamptz not null default now(),
    primary key (region, year)
);
