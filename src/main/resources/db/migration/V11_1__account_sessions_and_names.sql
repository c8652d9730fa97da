-- Raised by every change that must end the account's sessions (disable, roles or unit, password set or reset);
-- a session carries the stamp it signed in with and ends when they differ.
alter table account add column security_stamp bigint not null default 0;

-- One spelling per name: names are stored normalised (NFKC, lower case); this keeps older mixed-case names
-- from colliding with new ones. An upgrade fails here if two existing names differ only in case: rename one first.
create unique index account_username_folded on account (lower(username));
