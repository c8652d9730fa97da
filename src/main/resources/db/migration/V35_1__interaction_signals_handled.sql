-- Owned by interaction, read by supervision's sweep like interaction_case (V29_1): the messages answered and the
-- disclosure requests answered or closed (不再处理), with the day they were, so that the signals raised while they were
-- open are marked handled on that day (docs/supervision.md).
create view interaction_case_done as
select 'MESSAGE'::varchar(12) as kind, id, answered_on as done_on
from interaction_message where state = 'ANSWERED' and answered_on is not null
union all
select 'DISCLOSURE'::varchar(12), id, answered_on
from disclosure_request where state in ('ANSWERED', 'CORRECTION_LAPSED', 'FEE_UNPAID') and answered_on is not null;

-- Owned by supervision: the sweep looks only at the signals not yet handled.
create index supervision_interaction_signal_open on supervision_interaction_signal (kind, subject_id) where handled_on is null;
