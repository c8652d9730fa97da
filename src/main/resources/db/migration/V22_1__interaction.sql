-- Public interaction (docs/interaction.md): messages (政民互动) and disclosure on request (依申请公开).

-- The center's routing table: which unit a category goes to when the writer chose none. Every change is a new
-- version of the category's row (the old ones stay, so that "who routed what, when" can be answered); the live
-- route is the highest version.
create table interaction_route (
    id         bigserial primary key,
    site_id    bigint      not null,
    category   varchar(20) not null,
    unit_id    bigint      not null,
    version    int         not null,
    changed_by varchar(64) not null,
    changed_at timestamptz not null default now(),
    constraint interaction_route_version unique (site_id, category, version)
);

create table interaction_message (
    id                bigserial primary key,
    site_id           bigint       not null,
    category          varchar(20)  not null,
    -- null while the message could not be routed: the center routes it by hand (nothing submitted is lost)
    unit_id           bigint,
    title             varchar(200) not null,
    content           text         not null,
    name              varchar(100) not null default '',
    phone             varchar(40)  not null default '',
    account_id        bigint,
    public_allowed    boolean      not null,
    -- why the message is kept from the public listing although its writer allowed it (screening), or ''
    withheld_reason   text         not null default '',
    query_code        varchar(20)  not null unique,
    state             varchar(20)  not null,
    region            varchar(4)   not null default 'XJ',
    submitted_on      date         not null,
    submitted_at      timestamptz  not null default now(),
    due_on            date         not null,
    returned_once     boolean      not null default false,
    reply             text         not null default '',
    replied_by        varchar(64),
    approved_by       varchar(64),
    answered_on       date,
    answered_at       timestamptz,
    version           bigint       not null default 0
);
-- The staff lists: a unit's open messages by due date, the site's backlog, the public listing newest first.
create index interaction_message_unit on interaction_message (unit_id, state, due_on, id);
create index interaction_message_site on interaction_message (site_id, state, due_on, id);
create index interaction_message_public on interaction_message (site_id, answered_at desc, id)
    where state = 'ANSWERED' and public_allowed and withheld_reason = '';
create index interaction_message_account on interaction_message (account_id, id) where account_id is not null;

create table interaction_message_event (
    id         bigserial primary key,
    message_id bigint      not null references interaction_message (id),
    at         timestamptz not null default now(),
    by_user    varchar(64) not null,
    action     varchar(40) not null,
    note       text        not null default ''
);
create index interaction_message_event_message on interaction_message_event (message_id, id);

create table interaction_attachment (
    id         bigserial primary key,
    message_id bigint       not null references interaction_message (id),
    filename   varchar(255) not null,
    content_type varchar(100) not null,
    size       bigint       not null,
    file_key   varchar(100) not null
);
create index interaction_attachment_message on interaction_attachment (message_id);

create table disclosure_request (
    id                       bigserial primary key,
    site_id                  bigint       not null,
    unit_id                  bigint       not null,
    account_id               bigint,
    applicant_type           varchar(10)  not null,
    organisation_kind        varchar(20),
    name                     varchar(200) not null,
    id_type                  varchar(40)  not null,
    -- stored for the file (art. 29, 45); no page or response shows more than its last four characters
    id_number                varchar(60)  not null,
    phone                    varchar(40)  not null,
    address                  varchar(300) not null default '',
    description              text         not null,
    provision_form           varchar(40)  not null,
    query_code               varchar(20)  not null unique,
    state                    varchar(24)  not null,
    region                   varchar(4)   not null default 'XJ',
    received_on              date         not null,
    correction_requested_on  date,
    correction_note          text         not null default '',
    correction_due           date,
    correction_received_on   date,
    extension_days           int          not null default 0,
    extension_reason         text         not null default '',
    extension_approved_by    varchar(64),
    due_on                   date,
    outcome                  varchar(24),
    outcome_reason           varchar(40),
    answer_text              text         not null default '',
    other_agency             varchar(200) not null default '',
    answered_on              date,
    answered_by              varchar(64),
    fee_method               varchar(12),
    fee_units                int,
    fee_amount               numeric(12, 2),
    fee_notice_on            date,
    fee_due                  date,
    fee_paid_on              date,
    archived_on              date,
    handler                  varchar(64),
    version                  bigint       not null default 0
);
create index disclosure_request_unit on disclosure_request (unit_id, state, due_on, id);
create index disclosure_request_site on disclosure_request (site_id, state, due_on, id);
create index disclosure_request_applicant_month on disclosure_request (site_id, id_number, received_on);
create index disclosure_request_account on disclosure_request (account_id, id) where account_id is not null;
create index disclosure_request_report on disclosure_request (unit_id, received_on);

create table disclosure_consultation (
    id          bigserial primary key,
    request_id  bigint      not null references disclosure_request (id),
    party       varchar(200) not null,
    sent_on     date        not null,
    answered_on date,
    answer      text        not null default ''
);
create index disclosure_consultation_request on disclosure_consultation (request_id, id);

create table disclosure_event (
    id         bigserial primary key,
    request_id bigint      not null references disclosure_request (id),
    at         timestamptz not null default now(),
    by_user    varchar(64) not null,
    action     varchar(40) not null,
    note       text        not null default ''
);
create index disclosure_event_request on disclosure_event (request_id, id);
