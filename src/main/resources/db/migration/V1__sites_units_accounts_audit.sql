-- Sites: one deployment hosts one or more county sites, chosen by host name.
create table site (
    id                bigserial primary key,
    code              varchar(32)  not null unique,
    name              varchar(200) not null,
    domain            varchar(253) not null,
    site_id_code      varchar(20)  not null,
    icp_number        varchar(100) not null default '',
    psb_number        varchar(100) not null default '',
    organiser         varchar(200) not null default '',
    organiser_contact varchar(200) not null default '',
    is_default        boolean      not null default false
);
create unique index site_single_default on site (is_default) where is_default;

create table site_host (
    host    varchar(253) primary key,
    site_id bigint not null references site (id) on delete cascade
);

-- Units form a tree per site: county -> townships / farms / departments -> subordinate units.
create table unit (
    id           bigserial primary key,
    site_id      bigint       not null references site (id),
    code         varchar(32)  not null,
    name         varchar(200) not null,
    kind         varchar(20)  not null,
    parent_id    bigint references unit (id),
    sort_order   integer      not null default 0,
    organisation text         not null default '',
    duties       text         not null default '',
    leader_name  varchar(100) not null default '',
    address      varchar(300) not null default '',
    phone        varchar(100) not null default '',
    email        varchar(200) not null default '',
    office_hours varchar(300) not null default '',
    updated_at   timestamptz  not null default now(),
    version      bigint       not null default 0,
    constraint unit_code_per_site unique (site_id, code),
    constraint unit_kind_known check (kind in ('COUNTY','TOWNSHIP','FARM','DEPARTMENT','SUBORDINATE','VILLAGE','COMMUNITY'))
);
create index unit_parent on unit (parent_id);

-- Registered contacts: principal leader, deputy leader in charge of e-government, information officers.
create table unit_contact (
    id         bigserial primary key,
    unit_id    bigint       not null references unit (id) on delete cascade,
    role       varchar(30)  not null,
    name       varchar(100) not null,
    post       varchar(100) not null default '',
    phone      varchar(100) not null default '',
    email      varchar(200) not null default '',
    sort_order integer      not null default 0,
    constraint unit_contact_role_known check (role in ('PRINCIPAL_LEADER','DEPUTY_IN_CHARGE','INFO_OFFICER'))
);
create index unit_contact_unit on unit_contact (unit_id);

create table account (
    id                   bigserial primary key,
    site_id              bigint       not null references site (id),
    username             varchar(64)  not null unique,
    password_hash        varchar(200) not null,
    kind                 varchar(10)  not null check (kind in ('STAFF','CITIZEN')),
    display_name         varchar(100) not null,
    unit_id              bigint references unit (id),
    phone                varchar(30),
    email                varchar(200),
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    failed_logins        integer      not null default 0,
    locked_until         timestamptz,
    created_at           timestamptz  not null default now(),
    last_login_at        timestamptz,
    version              bigint       not null default 0,
    constraint staff_have_a_unit check (kind = 'CITIZEN' or unit_id is not null)
);
create unique index account_phone on account (phone) where phone is not null;
create unique index account_email on account (lower(email)) where email is not null;

create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(20) not null,
    primary key (account_id, role)
);

-- API bearer tokens: only a hash is stored, so a database dump does not leak usable tokens.
create table api_token (
    id         bigserial primary key,
    token_hash varchar(64) not null unique,
    account_id bigint      not null references account (id) on delete cascade,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
);
create index api_token_expiry on api_token (expires_at);

-- Append-only audit log. Each entry carries the hash of the previous one so tampering shows.
create table audit_entry (
    id             bigserial primary key,
    at             timestamptz  not null,
    actor          varchar(64)  not null,
    unit_code      varchar(32)  not null default '',
    action         varchar(64)  not null,
    target         varchar(300) not null default '',
    result         varchar(20)  not null,
    client_address varchar(64)  not null default '',
    details        text         not null default '',
    prev_hash      varchar(64)  not null,
    hash           varchar(64)  not null
);
create index audit_entry_at on audit_entry (at);
create index audit_entry_actor on audit_entry (actor);

-- The application never rewrites history; deletion is refused until the retention period has passed.
create table audit_policy (
    id             integer primary key check (id = 1),
    retention_days integer not null check (retention_days >= 180)
);
insert into audit_policy (id, retention_days) values (1, 180);

create function audit_entry_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        raise exception 'audit_entry is append-only';
    end if;
    if old.at > now() - make_interval(days => (select retention_days from audit_policy where id = 1)) then
        raise exception 'audit_entry % is within its retention period', old.id;
    end if;
    return old;
end
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_guard();
