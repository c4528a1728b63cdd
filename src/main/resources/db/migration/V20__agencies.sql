-- Many agencies on one deployment (issue 14). Each agency answers at its own host names, can be
-- disabled, and owns its accounts and its audit entries. Platform accounts (role PLATFORM_ADMIN)
-- belong to no agency: their agency_id is null.

alter table agency add column enabled boolean not null default true;

-- The host names an agency answers at: lower case, no port, no trailing dot (an IPv4 literal such
-- as 127.0.0.1 is a host too, and an IPv6 literal without its brackets). A host belongs to one
-- agency at most.
create table agency_host (
    host       varchar(253) constraint agency_host_pk primary key,
    agency_id  bigint       not null constraint agency_host_agency_fk references agency (id) on delete cascade,
    constraint agency_host_format_ck check (host = lower(host) and (
        (host ~ '^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$' and host not like '%..%')
        or (host ~ '^[0-9a-f:.]+$' and host like '%:%')))
);
create index agency_host_agency_ix on agency_host (agency_id);

-- Accounts belong to an agency; usernames are unique within it. A platform account has no agency,
-- and its username is unique among platform accounts.
alter table users add column agency_id bigint constraint users_agency_fk references agency (id);
update users set agency_id = (select id from agency order by is_default desc, id limit 1)
    where (select count(*) from agency) > 0
      and (exists (select 1 from agency where is_default) or (select count(*) from agency) = 1);
alter table users drop constraint users_username_uk;
alter table users add constraint users_agency_username_uk unique (agency_id, username);
create unique index users_platform_username_uk on users (username) where agency_id is null;

alter table user_role drop constraint user_role_role_ck;
alter table user_role add constraint user_role_role_ck
    check (role in ('ADMIN', 'APPROVER', 'EDITOR', 'AUDITOR', 'PLATFORM_ADMIN'));

-- Audit entries belong to the agency they happened in (null for platform actions). The log is
-- append-only (V3, V7): its trigger is lifted for the one back-fill, inside this migration's
-- transaction.
alter table audit_log add column agency_id bigint constraint audit_log_agency_fk references agency (id);
alter table audit_log disable trigger audit_log_append_only_tg;
update audit_log set agency_id = (select id from agency order by is_default desc, id limit 1)
    where (select count(*) from agency) > 0
      and (exists (select 1 from agency where is_default) or (select count(*) from agency) = 1);
alter table audit_log enable trigger audit_log_append_only_tg;
create index audit_log_agency_at_ix on audit_log (agency_id, at desc);
