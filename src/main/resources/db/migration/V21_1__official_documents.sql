-- Issue 12: official documents sent and received (公文收发, 党政机关公文处理工作条例 art. 24-25).

-- 发文机关代字 and 发文机关标志 of a unit that issues documents, kept by the center.
create table document_issuer (
    unit_id     bigint       primary key references unit (id),
    site_id     bigint       not null references site (id),
    prefix      varchar(20)  not null,
    issuer_mark varchar(100) not null,
    updated_by  varchar(64)  not null,
    updated_at  timestamptz  not null,
    unique (site_id, prefix)
);

-- The last 发文顺序号 of a 代字 in a year: incremented in the registering transaction, so numbers have no gaps and
-- no duplicates (the row lock serialises concurrent registrations; a rolled-back registration gives its number back).
create table document_counter (
    site_id     bigint      not null references site (id),
    prefix      varchar(40) not null,
    year        int         not null,
    last_number int         not null,
    primary key (site_id, prefix, year)
);

create table official_document (
    id                bigserial    primary key,
    site_id           bigint       not null references site (id),
    unit_id           bigint       not null references unit (id),
    kind              varchar(10)  not null,
    title             varchar(200) not null,
    body              text         not null,
    urgency           varchar(20)  not null default 'NONE',
    disclosure        varchar(20)  not null,
    disclosure_reason varchar(500) not null default '',
    deadline          date,
    state             varchar(30)  not null,
    drafted_by        varchar(64)  not null,
    reviewed_by       varchar(64),
    signed_by         varchar(64),
    signed_at         timestamptz,
    checked_by        varchar(64),
    registered_by     varchar(64),
    registered_at     timestamptz,
    dispatched_by     varchar(64),
    dispatched_at     timestamptz,
    prefix            varchar(20),
    year              int,
    serial            int,
    number            varchar(60),
    written_on        date,
    return_reason     varchar(500) not null default '',
    article_id        bigint,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0,
    unique (site_id, prefix, year, serial)
);
create index official_document_unit on official_document (unit_id, id desc);

-- 主送机关 (cc false) and 抄送机关 (cc true) chosen while drafting.
create table document_addressee (
    document_id bigint  not null references official_document (id) on delete cascade,
    unit_id     bigint  not null references unit (id),
    cc          boolean not null,
    primary key (document_id, unit_id)
);

create table document_attachment (
    id           bigserial    primary key,
    document_id  bigint       not null references official_document (id) on delete cascade,
    filename     varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    storage_key  varchar(100) not null,
    sha256       varchar(64)  not null,
    readable     boolean      not null,
    created_at   timestamptz  not null
);
create index document_attachment_document on document_attachment (document_id, id);

-- One row per receiving unit once dispatched: the receiving unit's 收文 and what the sender sees of it.
create table document_recipient (
    id             bigserial    primary key,
    document_id    bigint       not null references official_document (id),
    site_id        bigint       not null references site (id),
    unit_id        bigint       not null references unit (id),
    cc             boolean      not null,
    state          varchar(20)  not null,
    delivered_at   timestamptz  not null,
    sign_by        timestamptz  not null,
    remind_at      timestamptz  not null,
    signed_at      timestamptz,
    signed_by      varchar(64),
    receipt_year   int,
    receipt_serial int,
    accepted_by    varchar(64),
    accepted_at    timestamptz,
    returned_reason varchar(500) not null default '',
    mode           varchar(10),
    proposal       varchar(1000) not null default '',
    proposed_by    varchar(64),
    instruction    varchar(1000) not null default '',
    instructed_by  varchar(64),
    handler        varchar(64),
    handle_due     date,
    reply          varchar(4000) not null default '',
    replied_by     varchar(64),
    replied_at     timestamptz,
    closed_by      varchar(64),
    closed_at      timestamptz,
    reminded_at    timestamptz,
    reminders      int          not null default 0,
    version        bigint       not null default 0,
    unique (document_id, unit_id)
);
create index document_recipient_unit on document_recipient (unit_id, id desc);
create index document_recipient_unsigned on document_recipient (remind_at) where state = 'DELIVERED';

-- 传阅: who was asked to read a received document, and when they read it.
create table document_reader (
    recipient_id bigint      not null references document_recipient (id),
    username     varchar(64) not null,
    assigned_at  timestamptz not null,
    read_at      timestamptz,
    primary key (recipient_id, username)
);

-- Each step of a document and of each of its recipients, oldest first.
create table document_event (
    id           bigserial     primary key,
    document_id  bigint        not null references official_document (id),
    recipient_id bigint,
    at           timestamptz   not null,
    actor        varchar(64)   not null,
    action       varchar(30)   not null,
    detail       varchar(4000) not null default ''
);
create index document_event_document on document_event (document_id, id);
