-- Electronic supervision (电子监察, docs/supervision.md): signals the sweep issues for applications that break a
-- rule, and the back-office notices they cause. The sweep is set-based SQL over the application table, so the
-- indexes below are shaped after its predicates and after the board's queries.

-- One row per application and rule: the unique constraint is what makes a signal issued once, however many
-- sweeps run, and on however many nodes. site_id and unit_id are the application's, copied so that the board
-- and the statistics read signals without touching the (large) application table.
--
-- No foreign keys, on purpose: only the sweep writes these tables, in the statement that reads the application
-- (or signal) it refers to, and neither applications nor signals are ever deleted. A foreign-key check locks
-- the referenced row (FOR KEY SHARE), which dirties the application's page: in the benchmark's first sweep over
-- a backlog (bench/README.md) the checks took over a third of the time.
create table supervision_signal (
    id              bigserial primary key,
    site_id         bigint      not null,
    unit_id         bigint      not null,
    application_id  bigint      not null,
    type            varchar(24) not null,
    issued_on       date        not null,
    issued_at       timestamptz not null default now(),
    detail          text        not null default '',
    -- the case's handler (承办人) when the signal was issued, who was told of it
    handler         varchar(64),
    acknowledged_by varchar(64),
    acknowledged_at timestamptz,
    constraint supervision_signal_once unique (application_id, type),
    constraint supervision_signal_type_known check (type in ('WARNING','YELLOW','RED','STATUTORY_OVERDUE','STEP_OVERDUE',
                                                             'NO_LEGAL_BASIS','FEE_ABOVE_STANDARD','ACCEPTANCE_OVERDUE'))
);
-- A unit's signals (of one type) newest first, and the statistics' counts per unit, type and day. The site's
-- list needs no index of its own: it reads the primary key backwards (ids grow with time).
create index supervision_signal_unit on supervision_signal (unit_id, type, issued_on);
-- Nothing is indexed by type alone, on purpose: the sweep looks signals up by application and type (the unique
-- index), and an index on type would let the planner, with statistics not yet caught up after a large sweep,
-- probe it once per candidate, a plan growing with the square of the backlog.

-- Back-office notices: one per signal and person told (the case's handler, the unit's leaders, the site's
-- supervisors). Keyed by person, newest signal first, which is how an inbox reads; a first sweep over a backlog
-- writes several hundred thousand of them, so the key is the only index.
create table supervision_notification (
    recipient  varchar(64) not null,
    signal_id  bigint      not null,
    is_read    boolean     not null default false,
    created_at timestamptz not null default now(),
    read_at    timestamptz,
    constraint supervision_notification_key primary key (recipient, signal_id)
);

-- The sweep's predicates, one partial index per clock, each covering every column its rules read: the sweep
-- then scans these small indexes only (index-only scans) and never the application table's heap, whether it
-- finds the day's new signals or, as on most runs, nothing new. A case being handled (ACCEPTED) and a decided
-- case waiting for delivery (APPROVED, DENIED) are indexed apart because each runs against a different limit;
-- the statutory and step rules filter the same indexes on their INCLUDEd columns.
create index application_sweep_handling on application (promised_due)
    include (id, site_id, unit_id, region, handler, statutory_due, step_due)
    where state = 'ACCEPTED' and not clock_suspended;
create index application_sweep_delivery on application (delivery_due)
    include (id, site_id, unit_id, region, handler, statutory_due, decided_on, step_due)
    where state in ('APPROVED','DENIED') and not clock_suspended;
create index application_sweep_acceptance on application (acceptance_due)
    include (id, site_id, unit_id, handler)
    where state = 'SUBMITTED' and not clock_suspended;
create index application_sweep_no_basis on application (id)
    include (site_id, unit_id, handler)
    where state = 'REJECTED' and btrim(coalesce(rejection_legal_basis, ''), E' \t\r\n\u3000') = '';
create index application_sweep_fee on application (service_item_id, fee_charged)
    include (id, site_id, unit_id, handler)
    where fee_charged > 0;

-- The board: a unit's (or the site's) open cases, most urgent first. The expression is the due date that governs
-- the case in its state and must stay word for word the one in SupervisionBoard's queries.
create index application_board_unit on application (unit_id,
    (case state when 'SUBMITTED' then acceptance_due when 'ACCEPTED' then promised_due else delivery_due end), id)
    where state in ('SUBMITTED','ACCEPTED','APPROVED','DENIED');
create index application_board_site on application (site_id,
    (case state when 'SUBMITTED' then acceptance_due when 'ACCEPTED' then promised_due else delivery_due end), id)
    where state in ('SUBMITTED','ACCEPTED','APPROVED','DENIED');
