-- Fills the supervision benchmark's database (bench/supervision/generate.sql already run, then a supervision sweep:
-- a year of signals over a million applications) with a county ×10's coordination: 200 tasks this year, each issued to
-- every assessed unit (乡镇, 农牧场区, 部门: the 300 units), 80 % fulfilled on time, 12 % late, the rest open (overdue
-- once the deadline passed). {{TODAY}} is the benchmark's day. Deterministic (setseed). Only for a scratch database.

select setseed(0.11);

insert into coord_task (site_id, title, basis, requirement, deadline, fulfilment, issued_by, issued_at)
select s.id, '基准督办任务' || n, '巴政办发〔' || extract(year from date '{{TODAY}}') || '〕' || n || '号', '基准任务',
       make_date(extract(year from date '{{TODAY}}')::int, 1, 10) + (n * 345 / 200), 'REPORT', 'bench',
       (make_date(extract(year from date '{{TODAY}}')::int, 1, 1) + (n * 345 / 200))::timestamp at time zone 'Asia/Shanghai'
from site s, generate_series(1, 200) n
where s.is_default;

insert into coord_task_unit (task_id, site_id, unit_id, state, fulfilled_at, reported_at, created_by, created_at, updated_at)
select t.id, t.site_id, u.id,
       case when x.r < 0.92 and t.deadline < date '{{TODAY}}' + 10 then 'PUBLISHED' else 'DRAFT' end,
       f.at, f.at, 'bench', t.issued_at, t.issued_at
from coord_task t
join unit u on u.site_id = t.site_id and u.kind in ('TOWNSHIP', 'FARM', 'DEPARTMENT')
cross join lateral (select random() as r) x
cross join lateral (select case
        when x.r < 0.80 then (t.deadline - (x.r * 10)::int)::timestamp at time zone 'Asia/Shanghai' + interval '10 hours'
        when x.r < 0.92 then (t.deadline + 1 + (x.r * 50)::int % 9)::timestamp at time zone 'Asia/Shanghai' + interval '10 hours'
    end as at) f
where t.issued_by = 'bench' and (f.at is null or f.at < date '{{TODAY}}'::timestamp at time zone 'Asia/Shanghai');

-- What was fulfilled in the future of {{TODAY}} is still open.
insert into coord_task_unit (task_id, site_id, unit_id, state, created_by, created_at, updated_at)
select t.id, t.site_id, u.id, 'DRAFT', 'bench', t.issued_at, t.issued_at
from coord_task t join unit u on u.site_id = t.site_id and u.kind in ('TOWNSHIP', 'FARM', 'DEPARTMENT')
where t.issued_by = 'bench'
on conflict (task_id, unit_id) do nothing;

analyze coord_task;
analyze coord_task_unit;
