-- Blank forms (空白表格) and filled samples (示例样表) of a service guide's materials (issue 10). Kept with the guide's
-- revision, copied to each new revision like an article's attachments, and screened with it: what reading the file
-- gave at upload (its text, or why it could not be read) is kept with the row, so that screening inside the review
-- transaction never reads a file.
create table catalogue_material_file (
    id           bigserial primary key,
    revision_id  bigint       not null references catalogue_revision (id),
    material_id  varchar(40)  not null,
    purpose      varchar(10)  not null check (purpose in ('BLANK', 'SAMPLE')),
    filename     varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    storage_key  varchar(100) not null,
    sha256       varchar(64)  not null,
    readable     boolean      not null,
    text         text         not null default '',
    reason       varchar(200) not null default ''
);
create index catalogue_material_file_revision on catalogue_material_file (revision_id, id);
create index catalogue_material_file_key on catalogue_material_file (storage_key);
