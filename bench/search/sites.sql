-- Sites and units for the search benchmark (bench/search/run.sh) and the site-isolation test: {{SITES}} county sites
-- named bench-site-N beside the demo's (0 adds none), and every site that will receive articles filled up to
-- {{UNITS}} units. With {{INCLUDE_DEFAULT}} the demo site is one of them. Deterministic; only for a scratch database
-- (it adds sites, hosts and units named bench-*).

insert into site (code, name, domain, site_id_code, is_default)
select 'bench-site-' || n, '基准' || n || '县人民政府', 'county' || n || '.bench.test', lpad((6590000000 + n)::text, 10, '0'), false
from generate_series(1, {{SITES}}) n
where not exists (select 1 from site where code = 'bench-site-' || n);
insert into site_host (host, site_id)
select s.domain, s.id from site s where s.code like 'bench-site-%' and not exists (select 1 from site_host h where h.host = s.domain);

-- Each bench site gets a county government unit to hang its departments on.
insert into unit (site_id, code, name, kind, parent_id, sort_order)
select s.id, 'county', s.name, 'COUNTY', null, 10
from site s where s.code like 'bench-site-%' and not exists (select 1 from unit u where u.site_id = s.id and u.code = 'county');

insert into unit (site_id, code, name, kind, parent_id, sort_order)
select s.id, 'bench-' || lpad(n::text, 3, '0'),
       (array['县发展和改革委员会','县教育局','县民政局','县人力资源和社会保障局','县自然资源局','县住房和城乡建设局','县农业农村局',
              '县卫生健康委员会','县市场监督管理局','县交通运输局','县水利局','县文化体育广播电视和旅游局','县应急管理局',
              '县医疗保障局','县林业和草原局','镇人民政府','乡人民政府','县财政局','县司法局','县生态环境局'])[1 + n % 20]
       || '（第' || n || '单位）', 'DEPARTMENT',
       (select id from unit c where c.site_id = s.id and c.code = 'county'), 10000 + n
from site s
cross join lateral generate_series(1, {{UNITS}} - (select count(*) from unit u where u.site_id = s.id)) n
where s.code like 'bench-site-%' or (s.is_default and {{INCLUDE_DEFAULT}});
