-- With several nodes, Hibernate Search's outbox-polling coordination (hibernate.search.coordination.strategy =
-- outbox-polling, docs/deploy.md): each change to indexed content is written here in the changing transaction, and
-- the nodes' agents take turns sending them to OpenSearch, so the index catches up after OpenSearch was down. Empty
-- and unused with one node (Lucene). The tables Hibernate Search 8.2 maps, as its schema export writes them.
create table hsearch_agent (
    assigned_shard_index integer,
    total_shard_count    integer,
    expiration           timestamp(6) with time zone not null,
    id                   uuid not null primary key,
    name                 varchar(255) not null,
    state                varchar(255) not null check (state in ('RUNNING','WAITING','SUSPENDED')),
    tenant_id            varchar(255),
    type                 varchar(255) not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING')),
    payload              bytea
);
create table hsearch_outbox_event (
    entity_id_hash integer not null,
    retries        integer not null,
    process_after  timestamp(6) with time zone not null,
    id             uuid not null primary key,
    entity_id      varchar(256) not null,
    entity_name    varchar(256) not null,
    status         varchar(255) not null check (status in ('PENDING','ABORTED')),
    tenant_id      varchar(255),
    payload        bytea not null
);
create index processAfter on hsearch_outbox_event (process_after);
