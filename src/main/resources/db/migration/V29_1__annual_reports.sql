-- The annual report on government information disclosure (政府信息公开工作年度报告, 条例 art. 49–50, the 2021 format;
-- docs/interaction.md, ADR 0025): one per unit (the county's own is the site's government's) and year, through the
-- review chain (review_event keeps its history), published as an article in the column 政府信息公开年报.

create table annual_report (
    id                  bigserial primary key,
    site_id             bigint       not null references site (id),
    unit_id             bigint       not null references unit (id),
    year                integer      not null,
    due_on              date         not null,
    state               varchar(20)  not null,
    live_revision_id    bigint,
    working_revision_id bigint,
    published_at        timestamptz,
    withdrawn_at        timestamptz,
    withdraw_reason     text,
    article_id          bigint,
    created_by          varchar(64)  not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0,
    constraint annual_report_once unique (unit_id, year),
    constraint annual_report_state_known check (state in ('DRAFT','PENDING_LEADER','PENDING_CENTER','RETURNED','SCHEDULED','PUBLISHED','WITHDRAWN'))
);
create index annual_report_site_year on annual_report (site_id, year);

-- Each version of a report's content: the written sections 一, 五, 六 (sanitised HTML), the tables 二 and 四 and, once
-- submitted, table 三 frozen as it was checked (JSON documents of the 2021 format's cells), and the 信息处理费 of 六.
create table annual_report_revision (
    id               bigserial primary key,
    annual_report_id bigint        not null references annual_report (id),
    number           integer       not null,
    content          text          not null,
    author           varchar(64)   not null,
    submitted_by     varchar(64),
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    constraint annual_report_revision_number unique (annual_report_id, number)
);

-- Published seam owned by content (like coord_article_fact, V20_1): the facts of live articles that the report's
-- table 二 is prefilled from — the column, the document's date and whether it is still in force.
create view interaction_article_fact as
select site_id, unit_id, category, written_on, published_at, validity, validity_date from published_article;

-- The seam supervision's sweep reads (V22_2) gains the reports not yet published: due by the legal date, near-due and
-- overdue like a reply.
create or replace view interaction_case as
select 'MESSAGE'::varchar(12) as kind, id, site_id, unit_id, submitted_on as received_on, due_on
from interaction_message where state in ('UNROUTED', 'OPEN', 'PENDING_LEADER')
union all
select 'DISCLOSURE'::varchar(12), id, site_id, unit_id, received_on, due_on
from disclosure_request where state = 'HANDLING' and due_on is not null
union all
select 'REPORT'::varchar(12), id, site_id, unit_id, make_date(year + 1, 1, 1), due_on
from annual_report where state not in ('PUBLISHED', 'SCHEDULED');

-- Owned by content: the column 政府信息公开年报 (国办公开办函〔2019〕61号's first-level column of the disclosure platform),
-- where the center publishes the reports.
alter table article drop constraint article_category_known;
alter table article add constraint article_category_known
    check (category in ('laws','notices','commitments','rights','policies','development','news','other','annual-reports'));
