-- Evidence (หลักฐาน) of OIT disclosures: links and uploaded files.
--
-- evidence is the draft that staff edit; evidence_pub holds the copies the public sees, written
-- when a disclosure is published. A published copy keeps everything it shows (title, URL, file
-- name, type, size, hash, storage key), so it survives the removal of its draft row, and its
-- file stays in the storage directory for as long as any row names its storage key.
create table evidence (
    id             bigint generated always as identity constraint evidence_pk primary key,
    disclosure_id  bigint        not null constraint evidence_disclosure_fk references oit_disclosure (id),
    kind           varchar(10)   not null,
    title          varchar(300)  not null,
    url            varchar(2000),
    storage_key    varchar(64) constraint evidence_storage_key_uk unique,
    original_name  varchar(255),
    content_type   varchar(100),
    size_bytes     bigint,
    sha256         varchar(64),
    position       int           not null,
    version        bigint        not null default 0,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    created_by     varchar(100)  not null,
    constraint evidence_kind_ck check (kind in ('LINK', 'FILE')),
    constraint evidence_link_ck check (kind <> 'LINK' or (url is not null and storage_key is null)),
    constraint evidence_file_ck check (kind <> 'FILE' or (url is null and storage_key is not null
        and original_name is not null and content_type is not null and size_bytes >= 0 and sha256 is not null)),
    constraint evidence_title_ck check (length(trim(title)) > 0)
);
create index evidence_disclosure_ix on evidence (disclosure_id, position);

create table evidence_pub (
    id             bigint generated always as identity constraint evidence_pub_pk primary key,
    disclosure_id  bigint        not null constraint evidence_pub_disclosure_fk references oit_disclosure (id),
    evidence_id    bigint,       -- the draft row it was copied from; kept as a plain number on purpose
    kind           varchar(10)   not null,
    title          varchar(300)  not null,
    url            varchar(2000),
    storage_key    varchar(64),
    original_name  varchar(255),
    content_type   varchar(100),
    size_bytes     bigint,
    sha256         varchar(64),
    position       int           not null,
    published_at   timestamptz   not null,
    published_by   varchar(100)  not null,
    constraint evidence_pub_kind_ck check (kind in ('LINK', 'FILE')),
    constraint evidence_pub_link_ck check (kind <> 'LINK' or (url is not null and storage_key is null)),
    constraint evidence_pub_file_ck check (kind <> 'FILE' or (url is null and storage_key is not null
        and original_name is not null and content_type is not null and size_bytes >= 0 and sha256 is not null))
);
create index evidence_pub_disclosure_ix on evidence_pub (disclosure_id, position);
create index evidence_pub_storage_key_ix on evidence_pub (storage_key);
