-- 好差评 follow-ups watched by supervision (docs/interaction.md "Ratings", docs/supervision.md).

-- Owned by interaction, read by supervision's sweep like interaction_case (V22_2): every 差评 whose follow-up (回访,
-- then rectification or explanation) is not done yet, with its due date. A rating the center found malicious (appeal
-- upheld, excluded) is no longer followed up.
create view interaction_follow_up as
select 'RATING'::varchar(12) as kind, id, site_id, unit_id, rated_on, follow_up_due as due_on
from interaction_rating
where state in ('FOLLOW_UP_OPEN', 'FOLLOWED_UP') and not excluded and follow_up_due is not null;

create index interaction_rating_open_follow_up on interaction_rating (follow_up_due)
    where state in ('FOLLOW_UP_OPEN', 'FOLLOWED_UP');

-- Owned by supervision: the new type, and the day the sweep found a signal's subject done (null while it is not).
alter table supervision_interaction_signal drop constraint supervision_interaction_signal_type_known;
alter table supervision_interaction_signal add constraint supervision_interaction_signal_type_known
    check (type in ('NEAR_DUE', 'OVERDUE', 'LONG_UNANSWERED', 'FOLLOW_UP_OVERDUE'));
alter table supervision_interaction_signal add column handled_on date;
