-- The light variant's year of supervision facts (without the million applications of bench/supervision/generate.sql):
-- 300 units as there, and 60,000 signals of the year spread over them, a fifth red cards and a fifth statutory
-- overdue, as a year of the supervision benchmark's sweeps leaves them. {{TODAY}} is the benchmark's day.

select setseed(0.27);

insert into unit (site_id, code, name, kind, parent_id, sort_order)
select s.id, 'bench-' || lpad(n::text, 3, '0'), '基准测试单位' || n, 'DEPARTMENT',
       (select id from unit where code = 'county' and site_id = s.id), 10000 + n
from site s, generate_series(1, 300 - (select count(*) from unit)) n
where s.is_default;

insert into supervision_signal (site_id, unit_id, application_id, type, issued_on, detail)
select u.site_id, u.id, 100000000 + g.n,
       (array['WARNING','YELLOW','RED','STATUTORY_OVERDUE','STEP_OVERDUE'])[1 + g.n % 5],
       make_date(extract(year from date '{{TODAY}}')::int, 1, 1) + (random() * (date '{{TODAY}}' - make_date(extract(year from date '{{TODAY}}')::int, 1, 1)))::int,
       'bench'
from generate_series(1, 60000) g(n)
join lateral (select id, site_id from unit where kind in ('TOWNSHIP','FARM','DEPARTMENT') order by random() + g.n * 0 limit 1) u on true;

analyze supervision_signal;
