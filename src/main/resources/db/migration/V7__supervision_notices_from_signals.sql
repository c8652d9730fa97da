-- Supervision notices are derived from the signals instead of being written as one row per signal and person
-- (docs/supervision.md, "Notices"). Who is told of a signal follows from the signal itself: the handler it names,
-- the leaders of its unit, the supervisors of its site. What a person has read is the only thing left to store.
--
-- Why: the first sweep over a backlog of a million applications wrote three notice rows per signal (477,035 for
-- 166,302 signals), a third of its time (bench/README.md). The inbox reads the signals by unit (the signal table's
-- unit index) or, for a site's supervisors, newest first along the primary key (ids grow with time).

-- One row per person and signal read one by one.
create table supervision_notice_read (
    reader    varchar(64) not null,
    signal_id bigint      not null,
    read_at   timestamptz not null,
    constraint supervision_notice_read_key primary key (reader, signal_id)
);

-- "Mark all read": every signal up to read_through counts as read for the reader, so that a supervisor facing
-- a backlog's hundred thousand notices marks them in one row rather than a hundred thousand.
create table supervision_notice_reader (
    reader       varchar(64) primary key,
    read_through bigint      not null,
    marked_at    timestamptz not null
);

-- What was read stays read.
insert into supervision_notice_read (reader, signal_id, read_at)
select recipient, signal_id, coalesce(read_at, created_at) from supervision_notification where is_read;

drop table supervision_notification;
