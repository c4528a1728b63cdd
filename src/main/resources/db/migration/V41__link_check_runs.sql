-- The link monitor's runs (issue 16): when each began and ended, how many links it checked and how
-- many it found failing. The admin page shows the last one. kind is DAILY (the scheduled run) or
-- ITEM (one item's links, checked on demand).
create table link_check_run (
    id           bigint       generated always as identity constraint link_check_run_pk primary key,
    kind         varchar(10)  not null,
    started_at   timestamptz  not null,
    finished_at  timestamptz,
    checked      int          not null default 0,
    failing      int          not null default 0,
    started_by   varchar(100),
    constraint link_check_run_kind_ck check (kind in ('DAILY', 'ITEM')),
    constraint link_check_run_counts_ck check (checked >= 0 and failing >= 0 and failing <= checked),
    constraint link_check_run_order_ck check (finished_at is null or finished_at >= started_at)
);
create index link_check_run_started_ix on link_check_run (kind, started_at desc);
