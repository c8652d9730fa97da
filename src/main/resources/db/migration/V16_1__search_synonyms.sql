-- Words the county's visitors use for the same thing (供暖/供热/采暖, 营业执照/执照): each row is one group of
-- equivalent words, kept per site by the center's administrator and applied when a search is run, so a change
-- needs no re-indexing.
create table search_synonym (
    id         bigserial primary key,
    site_id    bigint       not null references site (id),
    words      varchar(200) not null,
    created_by varchar(64)  not null,
    created_at timestamptz  not null default now()
);
create index search_synonym_site on search_synonym (site_id);

-- Every site, existing or created later, starts with the groups counties ask for most; the administrator edits them.
create function search_synonym_starter(site bigint) returns void language sql as $$
    insert into search_synonym (site_id, words, created_by)
    select site, g, 'system' from unnest(array[
        '供暖 供热 采暖 暖气',
        '营业执照 执照',
        '低保 最低生活保障',
        '身份证 居民身份证',
        '社保 社会保险 社会保障',
        '医保 医疗保险 医疗保障',
        '户口 户籍'
    ]) as g;
$$;

create function search_synonym_seed() returns trigger language plpgsql as $$
begin
    perform search_synonym_starter(new.id);
    return new;
end;
$$;

create trigger site_search_synonyms after insert on site for each row execute function search_synonym_seed();

select search_synonym_starter(id) from site;
