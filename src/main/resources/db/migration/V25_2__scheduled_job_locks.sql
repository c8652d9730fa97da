-- Scheduled jobs run once per schedule across nodes: the node that takes a job's row runs it, the others skip it
-- until the row's lock_until has passed (ShedLock's JDBC table, docs/adr/0022-two-or-more-nodes.md).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
