-- Several instances behind one address share what used to live in one JVM's memory (issue 15).

-- Staff sessions (Spring Session JDBC 4.1's own PostgreSQL schema, created here rather than by
-- Spring's initializer so that Flyway owns every table). The attributes hold the security context,
-- the CSRF token and flash messages, so they follow a user from one instance to the next.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
-- Finds a user's sessions on every instance, to end them when the account is disabled.
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    -- The primary key begins with the foreign key, so it is the foreign key's index.
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- The sign-in throttle's counters, one row per account ("u:name") or address ("a:10.0.0.1"):
-- failures since the first of a run, and the last. A run ends 15 minutes after its last failure;
-- rows older than that are deleted, so nothing here is permanent.
create table sign_in_failure (
    throttle_key   varchar(120) not null,
    failures       int          not null,
    last_failed_at timestamptz  not null,
    constraint sign_in_failure_pk primary key (throttle_key),
    constraint sign_in_failure_count_positive check (failures > 0)
);
create index sign_in_failure_last_ix on sign_in_failure (last_failed_at);
