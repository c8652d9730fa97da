-- 100,000 messages and 20,000 disclosure requests over the demo county's units, in every state, over two years
-- before {{TODAY}}. Fed to InteractionBench after the platform started (and loaded the demo data) on a scratch database.
insert into interaction_message (site_id, category, unit_id, title, content, name, phone, public_allowed, withheld_reason,
    query_code, state, submitted_on, submitted_at, due_on, reply, replied_by, approved_by, answered_on, answered_at)
select u.site_id,
       (array['CONSULT','COMPLAINT','SUGGESTION','ERROR_REPORT','LEADER_MAILBOX'])[1 + g % 5],
       u.id, '留言 ' || g, '留言内容 ' || g, '张' || g, '1399900' || lpad((g % 10000)::text, 4, '0'), g % 3 = 0, '',
       'B' || lpad(g::text, 9, '0'),
       case when g % 10 < 7 then 'ANSWERED' when g % 10 = 7 then 'PENDING_LEADER' else 'OPEN' end,
       date '{{TODAY}}' - (g % 730), now() - make_interval(days => g % 730), date '{{TODAY}}' - (g % 730) + 7,
       case when g % 10 < 8 then '答复 ' || g else '' end, case when g % 10 < 8 then 'handler1' end,
       case when g % 10 < 7 then 'leader1' end,
       case when g % 10 < 7 then date '{{TODAY}}' - (g % 730) + 3 end, case when g % 10 < 7 then now() - make_interval(days => g % 730) end
from generate_series(1, 100000) g
join lateral (select id, site_id from unit order by id offset (g % (select count(*) from unit)) limit 1) u on true;

insert into disclosure_request (site_id, unit_id, account_id, applicant_type, organisation_kind, name, id_type, id_number, phone,
    description, provision_form, query_code, state, received_on, due_on, outcome, outcome_reason, answer_text, answered_on)
select u.site_id, u.id, null, case when g % 4 = 0 then 'LEGAL' else 'NATURAL' end,
       case when g % 4 = 0 then (array['COMMERCIAL','RESEARCH','PUBLIC_WELFARE','LEGAL_SERVICE','OTHER'])[1 + g % 5] end,
       '申请人' || g, '居民身份证', '11010119900307' || lpad((g % 10000)::text, 4, '0'), '13999000001', '所需信息 ' || g, 'ELECTRONIC',
       'D' || lpad(g::text, 9, '0'),
       case when g % 10 < 8 then 'ANSWERED' else 'HANDLING' end,
       date '{{TODAY}}' - (g % 730), date '{{TODAY}}' - (g % 730) + 28,
       case when g % 10 < 8 then (array['DISCLOSED','PARTIAL','NOT_HELD','WITHHELD','REPEAT'])[1 + g % 5] end,
       case when g % 10 < 8 then (array[null,null,'1.本机关不掌握相关政府信息','4.保护第三方合法权益','2.重复申请'])[1 + g % 5] end,
       '', case when g % 10 < 8 then date '{{TODAY}}' - (g % 730) + 15 end
from generate_series(1, 20000) g
join lateral (select id, site_id from unit order by id offset (g % (select count(*) from unit)) limit 1) u on true;

analyze interaction_message;
analyze disclosure_request;

-- 好差评: a rating for every third generated answered message (about 23,000), one in four a 差评 with its follow-up
-- due three weeks after the answer, half of those closed.
insert into interaction_rating (site_id, unit_id, subject, subject_id, level, overall, efficiency, attitude, rated_on, state, follow_up_due)
select site_id, unit_id, 'MESSAGE', id,
       (array['VERY_SATISFIED','SATISFIED','BASICALLY_SATISFIED','DISSATISFIED','VERY_DISSATISFIED','SATISFIED','VERY_SATISFIED','SATISFIED'])[1 + (id % 8)::int],
       (1 + id % 5)::smallint, (1 + (id / 5) % 5)::smallint, (1 + (id / 25) % 5)::smallint, answered_on,
       case when id % 8 in (3, 4) then case when id % 16 < 8 then 'CLOSED' else 'FOLLOW_UP_OPEN' end else 'RECORDED' end,
       case when id % 8 in (3, 4) then answered_on + 21 end
from interaction_message where state = 'ANSWERED' and query_code like 'B%' and id % 3 = 0;

analyze interaction_rating;
