-- Published articles {{FROM}}..{{TO}} for the search benchmark (bench/search/run.sh) and the site-isolation test,
-- written straight into article, article_revision and published_article (not through the review chain): spread
-- over the bench sites (and the demo site with {{INCLUDE_DEFAULT}}), their units, the eight columns and ten years.
-- Text is the demo county's own: titles and bodies are made of sentences taken from the demo's published articles,
-- so the words, their frequencies and the lengths (about 460 characters a body) are those of a county site.
-- Deterministic (every choice is a hash of the article's number). Run sites.sql first.

create temporary table if not exists bench_sentence (n int primary key, s text not null);
insert into bench_sentence
select row_number() over (order by s) - 1, s
from (select distinct btrim(s) as s
      from published_article p join site d on d.id = p.site_id and d.is_default,
           regexp_split_to_table(p.body_text, '[。；！？\n]') s
      where p.index_number not like 'BENCH-%' and length(btrim(s)) between 8 and 160) x
where not exists (select 1 from bench_sentence);

create temporary table if not exists bench_site (n int primary key, id bigint not null);
insert into bench_site
select row_number() over (order by id) - 1, id from site
where (code like 'bench-site-%' or (is_default and {{INCLUDE_DEFAULT}})) and not exists (select 1 from bench_site);

create temporary table if not exists bench_unit (site_id bigint, n int, id bigint, code text, name text, primary key (site_id, n));
insert into bench_unit
select u.site_id, row_number() over (partition by u.site_id order by u.id) - 1, u.id, u.code, u.name
from unit u join bench_site s on s.id = u.site_id
where not exists (select 1 from bench_unit);
create temporary table if not exists bench_site_units as
select site_id, count(*) as units from bench_unit group by site_id;

drop table if exists bench_article;
create temporary table bench_article as
with numbered as (
    select g, s.id as site_id, su.units,
           (select count(*) from bench_sentence) as sentences,
           timestamptz '2026-07-01 00:00+08' - make_interval(days => ((g * 7919) % 3650)::int, secs => ((g * 104729) % 28800)::int) as published_at
    from generate_series({{FROM}}::bigint, {{TO}}::bigint) g
    join bench_site s on s.n = g % (select count(*) from bench_site)
    join bench_site_units su on su.site_id = s.id
)
select g, nextval('article_id_seq') as article_id, nextval('article_revision_id_seq') as revision_id, n.site_id,
       u.id as unit_id, u.code as unit_code, u.name as unit_name,
       (array['notices','news','news','news','development','policies','policies','commitments','rights','laws','other','notices'])[1 + (g * 13) % 12] as category,
       published_at, extract(year from published_at at time zone 'Asia/Shanghai')::int as published_year,
       left(extract(year from published_at at time zone 'Asia/Shanghai')::int || '年'
            || regexp_replace(t.s, '^[，、：\s]+', ''), 8 + (g % 17)::int)
            || (array['的通知','的公告','工作方案','的实施意见','情况通报','的公示','工作总结','有关事项的说明'])[1 + (g % 8)] as title,
       b.sentences
from numbered n
join bench_unit u on u.site_id = n.site_id
     and u.n = (g * 31) % n.units
join bench_sentence t on t.n = (g * 48271) % n.sentences
cross join lateral (
    select array_agg(s.s order by k) as sentences
    from generate_series(1, 5 + (g % 8)::int) k
    join bench_sentence s on s.n = (g * 2654435761 + k * 40503) % n.sentences) b;

insert into article (id, site_id, unit_id, category, state, index_number, published_at, created_by, created_at, updated_at)
select article_id, site_id, unit_id, category, 'PUBLISHED', 'BENCH-' || site_id || '-' || g, published_at, 'bench', published_at, published_at
from bench_article;

insert into article_revision (id, article_id, number, title, body, author, created_at, updated_at)
select revision_id, article_id, 1, title, '<p>' || array_to_string(sentences, '。</p><p>') || '。</p>', 'bench', published_at, published_at
from bench_article;

update article a set live_revision_id = b.revision_id from bench_article b where a.id = b.article_id;

insert into published_article (article_id, site_id, unit_id, unit_code, unit_name, category, index_number, title, body, body_text,
                               published_at, published_year, validity, revision_id)
select article_id, site_id, unit_id, unit_code, unit_name, category, 'BENCH-' || site_id || '-' || g, title,
       '<p>' || array_to_string(sentences, '。</p><p>') || '。</p>', array_to_string(sentences, '。') || '。',
       published_at, published_year, 'VALID', revision_id
from bench_article;
