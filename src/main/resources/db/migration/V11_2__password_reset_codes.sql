-- One-time codes for citizens who forgot their password (忘记密码). Only a slow hash of the code is kept; a code
-- expires, allows a few attempts, and is used once.
create table password_reset_code (
    id             bigserial primary key,
    account_id     bigint      not null references account (id) on delete cascade,
    code_hash      varchar(200) not null,
    created_at     timestamptz not null,
    expires_at     timestamptz not null,
    attempts       integer     not null default 0,
    used_at        timestamptz,
    client_address varchar(64) not null default ''
);
create index password_reset_code_account on password_reset_code (account_id, created_at);
