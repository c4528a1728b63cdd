-- Staff accounts: who may sign in to the back office, with which roles and for which units.
-- Passwords are stored only as {bcrypt} hashes (Spring Security's delegating encoder).
create table users (
    id                    bigint generated always as identity constraint users_pk primary key,
    username              varchar(50)  not null constraint users_username_uk unique,
    display_name          varchar(200) not null,
    password_hash         varchar(200) not null,
    enabled               boolean      not null default true,
    must_change_password  boolean      not null default false,
    version               bigint       not null default 0,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    constraint users_username_lower_ck check (username = lower(username)),
    constraint users_username_format_ck check (username ~ '^[a-z0-9][a-z0-9._-]{2,49}$')
);

create table user_role (
    user_id  bigint      not null constraint user_role_user_fk references users (id) on delete cascade,
    role     varchar(20) not null,
    constraint user_role_pk primary key (user_id, role),
    constraint user_role_role_ck check (role in ('ADMIN', 'APPROVER', 'EDITOR', 'AUDITOR'))
);

-- The units whose content an editor may change.
create table user_unit (
    user_id  bigint not null constraint user_unit_user_fk references users (id) on delete cascade,
    unit_id  bigint not null constraint user_unit_unit_fk references unit (id),
    constraint user_unit_pk primary key (user_id, unit_id)
);
create index user_unit_unit_ix on user_unit (unit_id);
