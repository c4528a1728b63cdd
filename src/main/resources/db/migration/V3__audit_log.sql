-- The append-only audit log. The application only inserts; a trigger refuses updates and deletes.
create table audit_log (
    id              bigint generated always as identity constraint audit_log_pk primary key,
    at              timestamptz  not null default now(),
    username        varchar(100) not null,
    action          varchar(40)  not null,
    subject         varchar(500),
    remote_address  varchar(64)
);
create index audit_log_at_ix on audit_log (at desc);
create index audit_log_username_at_ix on audit_log (username, at desc);
create index audit_log_action_at_ix on audit_log (action, at desc);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;

create trigger audit_log_append_only_tg
    before update or delete on audit_log
    for each row execute function audit_log_append_only();
