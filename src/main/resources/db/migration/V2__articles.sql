-- Disclosure articles (信息): an article belongs to a unit and a category; its content lives in revisions,
-- so that a published version stays live while the next one goes through review.
create table article (
    id                  bigserial primary key,
    site_id             bigint       not null references site (id),
    unit_id             bigint       not null references unit (id),
    category            varchar(20)  not null,
    state               varchar(20)  not null,
    index_number        varchar(64) unique,
    live_revision_id    bigint,
    working_revision_id bigint,
    published_at        timestamptz,
    withdrawn_at        timestamptz,
    withdraw_reason     text,
    created_by          varchar(64)  not null,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             bigint       not null default 0,
    constraint article_state_known check (state in ('DRAFT','PENDING_LEADER','PENDING_CENTER','RETURNED','SCHEDULED','PUBLISHED','WITHDRAWN')),
    constraint article_category_known check (category in ('laws','notices','commitments','rights','policies','development','news','other'))
);
create index article_unit_state on article (unit_id, state);
create index article_site_state on article (site_id, state);

create table article_revision (
    id                  bigserial primary key,
    article_id          bigint       not null references article (id),
    number              integer      not null,
    title               varchar(300) not null,
    body                text         not null,
    summary             varchar(1000) not null default '',
    document_number     varchar(100) not null default '',
    issuing_body        varchar(200) not null default '',
    written_on          date,
    publish_at          timestamptz,
    validity            varchar(10)  not null default 'VALID' check (validity in ('VALID','AMENDED','REPEALED')),
    validity_date       date,
    replaced_by_id      bigint references article (id),
    source              varchar(200) not null default '',
    keywords            varchar(300) not null default '',
    author              varchar(64)  not null,
    submitted_by        varchar(64),
    warnings_acknowledged_by varchar(64),
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    constraint revision_number_per_article unique (article_id, number)
);
alter table article add constraint article_live_revision foreign key (live_revision_id) references article_revision (id);
alter table article add constraint article_working_revision foreign key (working_revision_id) references article_revision (id);

-- Who did what when, with reasons: the article's history as the API and the back office show it.
create table article_event (
    id          bigserial primary key,
    article_id  bigint       not null references article (id),
    revision_id bigint references article_revision (id),
    at          timestamptz  not null default now(),
    actor       varchar(64)  not null,
    action      varchar(40)  not null,
    from_state  varchar(20),
    to_state    varchar(20),
    reason      text         not null default ''
);
create index article_event_article on article_event (article_id, id);

-- Per-unit, per-category, per-year sequence behind the 索引号.
create table index_number_sequence (
    unit_id  bigint      not null references unit (id),
    category varchar(20) not null,
    year     integer     not null,
    last     integer     not null,
    primary key (unit_id, category, year)
);

create table article_attachment (
    id           bigserial primary key,
    revision_id  bigint       not null references article_revision (id),
    filename     varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    storage_key  varchar(100) not null,
    sha256       varchar(64)  not null,
    created_at   timestamptz  not null default now()
);
create index article_attachment_revision on article_attachment (revision_id);

-- What the portal and search show: one row per live article, replaced on publish, removed on withdrawal.
create table published_article (
    article_id      bigint primary key references article (id),
    site_id         bigint       not null,
    unit_id         bigint       not null,
    unit_code       varchar(32)  not null,
    unit_name       varchar(200) not null,
    category        varchar(20)  not null,
    index_number    varchar(64)  not null,
    title           varchar(300) not null,
    summary         varchar(1000) not null default '',
    body            text         not null,
    body_text       text         not null,
    document_number varchar(100) not null default '',
    issuing_body    varchar(200) not null default '',
    written_on      date,
    published_at    timestamptz  not null,
    published_year  integer      not null,
    validity        varchar(10)  not null,
    validity_date   date,
    replaced_by_id  bigint,
    source          varchar(200) not null default '',
    keywords        varchar(300) not null default '',
    revision_id     bigint       not null
);
create index published_article_column on published_article (site_id, category, published_at desc);
create index published_article_unit on published_article (site_id, unit_id, published_at desc);

-- The center's list of prohibited terms, by category.
create table screening_term (
    id         bigserial primary key,
    term       varchar(100) not null,
    category   varchar(50)  not null,
    created_by varchar(64)  not null,
    created_at timestamptz  not null default now()
);
create unique index screening_term_unique on screening_term (lower(term));
