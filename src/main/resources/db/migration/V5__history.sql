-- Every save, delete and publish of report content leaves a revision: who, when, and the
-- fields that changed, before and after. A PUBLISH revision holds the whole published copy, so
-- what the public saw on any date can be shown.
create table revision (
    id           bigint generated always as identity constraint revision_pk primary key,
    report_id    bigint       not null constraint revision_report_fk references report (id),
    entity_type  varchar(20)  not null,
    entity_id    bigint       not null,
    label        varchar(500) not null,
    action       varchar(20)  not null,
    username     varchar(100) not null,
    at           timestamptz  not null default now(),
    constraint revision_entity_type_ck check (entity_type in ('MEASURE', 'PLAN', 'DISCLOSURE')),
    constraint revision_action_ck check (action in ('CREATE', 'UPDATE', 'DELETE', 'PUBLISH', 'CONFLICT'))
);
create index revision_report_at_ix on revision (report_id, at desc);
create index revision_entity_ix on revision (entity_type, entity_id, at desc);

create table revision_field (
    id            bigint generated always as identity constraint revision_field_pk primary key,
    revision_id   bigint      not null constraint revision_field_revision_fk references revision (id),
    position      int         not null,
    field         varchar(50) not null,
    before_value  text,
    after_value   text,
    constraint revision_field_revision_position_uk unique (revision_id, position)
);

-- Evidence changes mark a disclosure as having unpublished changes without bumping its version,
-- so an open edit form of its text is not turned into a conflict.
alter table oit_disclosure add column evidence_changed_at timestamptz;

-- Which version of each draft row the public sees, and since when (null: never published). A
-- row has unpublished changes when its version moved on, or its evidence changed after publishing.
alter table measure add column published_version bigint, add column published_at timestamptz;
alter table indicator_plan add column published_version bigint, add column published_at timestamptz;
alter table oit_disclosure add column published_version bigint, add column published_at timestamptz;
update measure m set published_version = m.version, published_at = p.published_at
    from measure_pub p where p.measure_id = m.id;
update indicator_plan d set published_version = d.version, published_at = p.published_at
    from indicator_plan_pub p where p.plan_id = d.id;
update oit_disclosure d set published_version = d.version, published_at = p.published_at
    from oit_disclosure_pub p where p.disclosure_id = d.id;
