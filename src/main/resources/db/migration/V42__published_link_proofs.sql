-- Proof at publish (issue 16): what each link answered at the moment its item was published
-- (status, final address, type, bytes read, SHA-256 of them), kept with the published copy.
-- evidence_pub rows are replaced at every publish; a proof stays (its evidence_pub_id set to null)
-- with its disclosure and publish time, so the proofs of every publish remain.
create table published_link_proof (
    id               bigint       generated always as identity constraint published_link_proof_pk primary key,
    disclosure_id    bigint       not null constraint published_link_proof_disclosure_fk references oit_disclosure (id),
    evidence_pub_id  bigint       constraint published_link_proof_evidence_pub_fk references evidence_pub (id) on delete set null,
    published_at     timestamptz  not null,
    title            varchar(300) not null,
    url              text         not null,
    status           varchar(20)  not null,
    reason           varchar(40),
    http_status      int,
    final_url        text,
    content_type     text,
    size_bytes       bigint,
    sha256           varchar(64),
    fetched_at       timestamptz  not null,
    constraint published_link_proof_status_ck check (status in ('OK', 'BROKEN', 'REFUSED')),
    constraint published_link_proof_reason_ck check (status = 'OK' or reason is not null),
    constraint published_link_proof_size_ck check (size_bytes is null or size_bytes >= 0),
    constraint published_link_proof_sha_ck check (sha256 is null or sha256 ~ '^[0-9a-f]{64}$')
);
create index published_link_proof_disclosure_ix on published_link_proof (disclosure_id, published_at desc);
create index published_link_proof_evidence_pub_ix on published_link_proof (evidence_pub_id);
