-- Supervision signals for public interaction (docs/interaction.md, docs/supervision.md).

-- Owned by interaction, read by supervision's sweep (a published seam like application_case, V15_2): every message
-- and disclosure request whose reply clock runs, with its due date. A message the center has not routed yet has no
-- unit; it is still the site's and still late.
create view interaction_case as
select 'MESSAGE'::varchar(12) as kind, id, site_id, unit_id, submitted_on as received_on, due_on
from interaction_message where state in ('UNROUTED', 'OPEN', 'PENDING_LEADER')
union all
select 'DISCLOSURE'::varchar(12), id, site_id, unit_id, received_on, due_on
from disclosure_request where state = 'HANDLING' and due_on is not null;

-- Owned by supervision: one row per subject and rule, issued once (the unique constraint), like supervision_signal
-- for applications; kept apart so that the applications' board, statistics and notices stay as they are.
create table supervision_interaction_signal (
    id          bigserial primary key,
    site_id     bigint      not null,
    unit_id     bigint,
    kind        varchar(12) not null,
    subject_id  bigint      not null,
    type        varchar(24) not null,
    issued_on   date        not null,
    issued_at   timestamptz not null default now(),
    detail      text        not null default '',
    constraint supervision_interaction_signal_once unique (kind, subject_id, type),
    constraint supervision_interaction_signal_type_known check (type in ('NEAR_DUE', 'OVERDUE', 'LONG_UNANSWERED'))
);
create index supervision_interaction_signal_unit on supervision_interaction_signal (unit_id, id);
create index supervision_interaction_signal_site on supervision_interaction_signal (site_id, id);
