-- Issue 16.3: an attachment's text is read once, outside any review transaction, and kept here by the file's
-- content (SHA-256) and the reader its extension chose; screening inside a transaction only reads this table.
create table attachment_reading (
    sha256   varchar(64)  not null,
    reader   varchar(10)  not null,
    version  int          not null,
    readable boolean      not null,
    text     text         not null,
    reason   varchar(200) not null,
    read_at  timestamptz  not null default now(),
    primary key (sha256, reader)
);
