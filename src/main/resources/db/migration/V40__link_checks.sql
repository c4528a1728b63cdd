-- Link checks (issue 16): the last answer each draft link gave the link monitor.
--
-- One row per link evidence (the draft row), replaced on every check. status is OK, BROKEN (the
-- site answered, but not with the page: 404, a sign-in page, a timeout, too many redirects),
-- REFUSED (never fetched: a scheme, port or address the portal will not fetch) or PENDING (not
-- checked yet). first_failure_at is when the current run of failures began (null while OK), so a
-- link "broken for more than a day" is first_failure_at < now() - 1 day; last_success_at is the
-- last time it answered OK. reason names why it is not OK (a message key's last part).
create table link_check (
    evidence_id       bigint       constraint link_check_pk primary key
                                   constraint link_check_evidence_fk references evidence (id) on delete cascade,
    url               text         not null,
    status            varchar(20)  not null,
    http_status       int,
    final_url         text,
    content_type      text,
    checked_at        timestamptz,
    last_success_at   timestamptz,
    first_failure_at  timestamptz,
    reason            varchar(40),
    constraint link_check_status_ck check (status in ('OK', 'BROKEN', 'REFUSED', 'PENDING')),
    constraint link_check_reason_ck check (status in ('OK', 'PENDING') or reason is not null),
    constraint link_check_failure_ck check (status not in ('BROKEN', 'REFUSED') or first_failure_at is not null)
);
-- The dashboard and the admin page list the failing links, oldest failure first.
create index link_check_failing_ix on link_check (first_failure_at) where status in ('BROKEN', 'REFUSED');
