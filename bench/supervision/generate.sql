-- Fills a platform database (demo data loaded) with a county-sized backlog for the supervision benchmark:
-- 300 units, 5,000 published service items (500 fees), 1,000,000 applications, about 60 % of them open.
-- {{TODAY}} is replaced by the runner with the sweep's day. Deterministic: setseed() fixes every random().
-- Only for a scratch database: it adds units, accounts and catalogue entries named bench-*.

select setseed(0.26);

-- Units: the demo's, plus departments up to 300.
insert into unit (site_id, code, name, kind, parent_id, sort_order)
select s.id, 'bench-' || lpad(n::text, 3, '0'), '基准测试单位' || n, 'DEPARTMENT',
       (select id from unit where code = 'county' and site_id = s.id), 10000 + n
from site s, generate_series(1, 300 - (select count(*) from unit)) n
where s.is_default;

-- One leader per bench unit (the demo units have theirs), so that each signal tells the usual three people.
insert into account (site_id, username, password_hash, kind, display_name, unit_id)
select u.site_id, 'bench-leader-' || u.id, '{noop}not-for-login', 'STAFF', '基准领导' || u.id, u.id
from unit u where u.code like 'bench-%';
insert into account_role (account_id, role)
select a.id, 'UNIT_LEADER' from account a where a.username like 'bench-leader-%';

create temporary table bench_unit as
select row_number() over (order by id) - 1 as n, id, site_id, code, name from unit;

-- 500 fees of 10..500 元, then 5,000 items: every fifth lists one or two of them.
insert into catalogue_entry (site_id, unit_id, kind, state, created_by, published_at)
select u.site_id, u.id, 'FEE', 'PUBLISHED', 'bench', now()
from generate_series(0, 499) g(x) join bench_unit u on u.n = g.x % 300;
insert into published_entry (entry_id, site_id, unit_id, unit_code, unit_name, kind, name, content, search_text, published_at, revision_id)
select e.id, e.site_id, e.unit_id, u.code, u.name, 'FEE', '基准收费' || e.id,
       json_build_object('name', '基准收费' || e.id, 'amount', 10 + (e.id % 50) * 10, 'unitOfCharge', '件')::text, '', now(), 0
from catalogue_entry e join bench_unit u on u.id = e.unit_id
where e.kind = 'FEE' and e.created_by = 'bench';

create temporary table bench_fee as
select row_number() over (order by entry_id) - 1 as n, entry_id as id, (content::jsonb ->> 'amount')::numeric as amount
from published_entry where kind = 'FEE' and name like '基准收费%';

insert into catalogue_entry (site_id, unit_id, kind, state, created_by, published_at)
select u.site_id, u.id, 'ITEM', 'PUBLISHED', 'bench', now()
from generate_series(0, 4999 - (select count(*) from published_entry where kind = 'ITEM')) g(x) join bench_unit u on u.n = g.x % 300;

create temporary table bench_item as
select row_number() over (order by e.id) - 1 as n, e.id, e.site_id, e.unit_id,
       case when e.id % 5 = 0 then array[f1.id] || case when e.id % 10 = 0 then array[f2.id] else array[]::bigint[] end
            else array[]::bigint[] end as fees,
       case when e.id % 5 = 0 then f1.amount + case when e.id % 10 = 0 then f2.amount else 0 end else 0 end as standard
from catalogue_entry e
join bench_fee f1 on f1.n = e.id % 500
join bench_fee f2 on f2.n = (e.id * 7) % 500
where e.kind = 'ITEM' and e.created_by = 'bench';

insert into published_entry (entry_id, site_id, unit_id, unit_code, unit_name, kind, name, item_type, target, online, content,
                             search_text, published_at, revision_id)
select i.id, i.site_id, i.unit_id, u.code, u.name, 'ITEM', '基准事项' || i.id, '01', 'NATURAL', true,
       json_build_object('name', '基准事项' || i.id, 'type', '01', 'statutoryLimitDays', 20, 'promisedLimitDays', 10,
                         'onlineApplication', true, 'free', cardinality(i.fees) = 0, 'fees', to_json(i.fees))::text,
       '', now(), 0
from bench_item i join bench_unit u on u.id = i.unit_id;

-- Applications. r picks the state: 45 % 办理中, 8 % 待受理, 5 % 准予许可待送达, 2 % 不予许可待送达 (60 % open),
-- 30 % 办结, 4 % 不予受理, 2 % 撤回, 2 % 待补正, 2 % 草稿. Open cases mostly run on time: 8 % of those being
-- handled are overdue, 5 % due within two days; 3 % have their clock suspended. 1 % of the fees charged exceed
-- the standard, 10 % of the rejections give no legal basis.
create temporary table bench_draw as
select g as n, random() as r, random() as r2, random() as r3, (random() * 4999)::int as item
from generate_series(1, 1000000) g;

insert into application (site_id, unit_id, service_item_id, item_name, applicant_name, applicant_phone, state, region,
                         statutory_days, promised_days, submitted_on, accepted_on, decided_on, completed_on, withdrawn_on,
                         current_step, current_step_started_on, decision, rejection_reason, rejection_legal_basis, fee_charged,
                         handler, acceptance_due, promised_due, statutory_due, step_due, delivery_due, clock_suspended)
select i.site_id, i.unit_id, i.id, '基准事项' || i.id, '申请人' || d.n, '139' || lpad((d.n % 100000000)::text, 8, '0'),
       s.state, 'XJ', 20, 10,
       case when s.state = 'DRAFT' then null else t.submitted end,
       case when s.state in ('ACCEPTED','APPROVED','DENIED','COMPLETED') then t.submitted + 1 end,
       case when s.state in ('APPROVED','DENIED','COMPLETED') then t.decided end,
       case when s.state = 'COMPLETED' then t.decided + 1 end,
       case when s.state = 'WITHDRAWN' then t.submitted + 2 end,
       case when s.state = 'ACCEPTED' then 1 + (d.n % 3) else 0 end,
       case when s.state = 'ACCEPTED' then t.submitted + 2 end,
       case s.state when 'APPROVED' then 'APPROVED' when 'DENIED' then 'DENIED' when 'COMPLETED' then 'APPROVED' end,
       case when s.state = 'REJECTED' then '申请事项不属于本机关职权范围' end,
       case when s.state = 'REJECTED' and d.r2 >= 0.10 then '《中华人民共和国行政许可法》第三十二条第一款第（二）项' end,
       case when s.state in ('APPROVED','COMPLETED') and i.standard > 0
            then i.standard + case when d.r3 < 0.01 then 20 else 0 end end,
       'bench-handler-' || i.unit_id,
       case when s.state = 'SUBMITTED' then t.today + case when d.r2 < 0.10 then -1 - (d.r3 * 5)::int else (d.r3 * 5)::int end end,
       case when s.state = 'ACCEPTED' then t.promised
            when s.state in ('APPROVED','DENIED','COMPLETED') then t.decided + (d.r3 * 6)::int end,
       case when s.state = 'ACCEPTED' then t.promised + 7 + (d.r3 * 10)::int
            when s.state in ('APPROVED','DENIED','COMPLETED') then t.decided + 10 - case when d.r2 > 0.98 then 12 else 0 end end,
       case when s.state = 'ACCEPTED' then t.promised - 1 - (d.r3 * 3)::int end,
       case when s.state in ('APPROVED','DENIED') then t.decided + 14 - case when d.r2 < 0.05 then 16 else 0 end end,
       s.state = 'ACCEPTED' and d.r2 > 0.97
from bench_draw d
join bench_item i on i.n = d.item % (select count(*) from bench_item)
cross join lateral (select case when d.r < 0.45 then 'ACCEPTED' when d.r < 0.53 then 'SUBMITTED' when d.r < 0.58 then 'APPROVED'
                                when d.r < 0.60 then 'DENIED' when d.r < 0.90 then 'COMPLETED' when d.r < 0.94 then 'REJECTED'
                                when d.r < 0.96 then 'WITHDRAWN' when d.r < 0.98 then 'CORRECTION_REQUESTED' else 'DRAFT' end as state) s
cross join lateral (
    select date '{{TODAY}}' as today,
           -- handled cases: due from 30 days ago to 30 days ahead, mostly ahead
           date '{{TODAY}}' + case when d.r2 < 0.08 then -1 - (d.r3 * 30)::int
                                   when d.r2 < 0.13 then (d.r3 * 2)::int
                                   else 3 + (d.r3 * 27)::int end as promised,
           -- decided in the last 8 days (waiting for delivery) or, for completed cases, in the last year
           case when s.state = 'COMPLETED' then date '{{TODAY}}' - 2 - (d.r3 * 360)::int
                else date '{{TODAY}}' - (d.r3 * 8)::int end as decided,
           case when s.state = 'COMPLETED' then date '{{TODAY}}' - 12 - (d.r3 * 360)::int - (d.r2 * 10)::int
                else date '{{TODAY}}' - 20 - (d.r3 * 25)::int end as submitted) t;

-- The sweep has been running for a while: overdue cases older than ten days already hold their yellow card,
-- issued the day after they fell due, so that the measured sweep also issues red cards.
insert into supervision_signal (site_id, unit_id, application_id, type, issued_on, issued_at, detail)
select site_id, unit_id, id, 'YELLOW', promised_due + 1, (promised_due + 1)::timestamptz, '基准数据：已超过承诺期限'
from application
where state = 'ACCEPTED' and not clock_suspended and promised_due < date '{{TODAY}}' - 10;
