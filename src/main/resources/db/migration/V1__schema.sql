-- The ITA portal's schema.
--
-- Two kinds of data live here:
--   * the yearly ITA framework (indicators, OIT sub-indicators, topics, items and their data
--     components), which is reference data keyed by the Buddhist-Era fiscal year; and
--   * an agency's report for a year: measures, indicator plans and OIT disclosures.
--
-- Report content is kept twice: the draft that staff edit (measure, indicator_plan,
-- oit_disclosure) and the copy the public sees (the *_pub tables). Publishing copies a draft row
-- into its *_pub row; the public site reads only *_pub rows.
--
-- Rich-text columns hold a small, sanitized HTML subset (p, ul, ol, li, b, strong, a).

create table agency (
    id          bigint generated always as identity constraint agency_pk primary key,
    slug        varchar(64)  not null constraint agency_slug_uk unique,
    name        varchar(300) not null,
    district    varchar(200),
    province    varchar(200),
    is_default  boolean      not null default false,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint agency_slug_format_ck check (slug ~ '^[a-z0-9][a-z0-9-]*$')
);
create unique index agency_single_default_uk on agency (is_default) where is_default;

create table unit (
    id          bigint generated always as identity constraint unit_pk primary key,
    agency_id   bigint       not null constraint unit_agency_fk references agency (id),
    name        varchar(200) not null,
    position    int          not null default 0,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint unit_agency_name_uk unique (agency_id, name)
);

-- The framework of one fiscal year (พ.ศ.). Another year's structure is more rows, not new code.
create table framework (
    id           bigint generated always as identity constraint framework_pk primary key,
    fiscal_year  int          not null constraint framework_fiscal_year_uk unique,
    name         varchar(300) not null,
    constraint framework_fiscal_year_ck check (fiscal_year between 2500 and 2700)
);

create table indicator (
    id            bigint generated always as identity constraint indicator_pk primary key,
    framework_id  bigint       not null constraint indicator_framework_fk references framework (id),
    number        int          not null,
    name          varchar(300) not null,
    tool          varchar(3)   not null,
    constraint indicator_framework_number_uk unique (framework_id, number),
    constraint indicator_tool_ck check (tool in ('IIT', 'EIT', 'OIT'))
);

create table oit_subindicator (
    id            bigint generated always as identity constraint oit_subindicator_pk primary key,
    indicator_id  bigint       not null constraint oit_subindicator_indicator_fk references indicator (id),
    code          varchar(10)  not null,
    name          varchar(300) not null,
    position      int          not null,  -- order among the framework's sub-indicators (9.1 = 1)
    constraint oit_subindicator_indicator_code_uk unique (indicator_id, code)
);
create index oit_subindicator_indicator_ix on oit_subindicator (indicator_id);

-- A topic heading inside a sub-indicator, e.g. "นโยบาย No Gift Policy".
create table oit_topic (
    id               bigint generated always as identity constraint oit_topic_pk primary key,
    subindicator_id  bigint       not null constraint oit_topic_subindicator_fk references oit_subindicator (id),
    name             varchar(300) not null,
    position         int          not null,
    constraint oit_topic_subindicator_position_uk unique (subindicator_id, position)
);

create table oit_item (
    id               bigint generated always as identity constraint oit_item_pk primary key,
    framework_id     bigint       not null constraint oit_item_framework_fk references framework (id),
    subindicator_id  bigint       not null constraint oit_item_subindicator_fk references oit_subindicator (id),
    topic_id         bigint                constraint oit_item_topic_fk references oit_topic (id),
    number           int          not null,
    code             varchar(10)  not null,
    title            varchar(500) not null,
    constraint oit_item_framework_number_uk unique (framework_id, number),
    constraint oit_item_framework_code_uk unique (framework_id, code),
    constraint oit_item_code_format_ck check (code ~ '^o[0-9]+$')
);
create index oit_item_subindicator_ix on oit_item (subindicator_id);
create index oit_item_topic_ix on oit_item (topic_id);

-- One required data component (องค์ประกอบด้านข้อมูล) of an item; depth 1 is a sub-entry.
create table oit_item_component (
    id        bigint generated always as identity constraint oit_item_component_pk primary key,
    item_id   bigint   not null constraint oit_item_component_item_fk references oit_item (id),
    position  int      not null,
    depth     smallint not null default 0,
    text      text     not null,
    constraint oit_item_component_item_position_uk unique (item_id, position),
    constraint oit_item_component_depth_ck check (depth between 0 and 3)
);

create table report (
    id                 bigint generated always as identity constraint report_pk primary key,
    agency_id          bigint       not null constraint report_agency_fk references agency (id),
    framework_id       bigint       not null constraint report_framework_fk references framework (id),
    overall_score      numeric(5, 2),
    result             varchar(100),
    last_published_at  timestamptz,
    version            bigint       not null default 0,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    constraint report_agency_framework_uk unique (agency_id, framework_id),
    constraint report_overall_score_ck check (overall_score between 0 and 100)
);
create index report_framework_ix on report (framework_id);

-- Drafts --------------------------------------------------------------------------------------

create table measure (
    id           bigint generated always as identity constraint measure_pk primary key,
    report_id    bigint       not null constraint measure_report_fk references report (id),
    unit_id      bigint                constraint measure_unit_fk references unit (id),
    position     int          not null,
    name         text         not null,
    method       text         not null default '',
    period       text         not null default '',
    responsible  text         not null default '',
    summary      text         not null default '',
    outcome      text         not null default '',
    status       varchar(20)  not null default 'NOT_STARTED',
    deleted_at   timestamptz,
    version      bigint       not null default 0,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    constraint measure_status_ck check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE'))
);
create index measure_report_ix on measure (report_id, position);
create index measure_unit_ix on measure (unit_id);

create table indicator_plan (
    id            bigint generated always as identity constraint indicator_plan_pk primary key,
    report_id     bigint       not null constraint indicator_plan_report_fk references report (id),
    indicator_id  bigint       not null constraint indicator_plan_indicator_fk references indicator (id),
    unit_id       bigint                constraint indicator_plan_unit_fk references unit (id),
    guideline     text         not null default '',
    responsible   text         not null default '',
    period        text         not null default '',
    status        varchar(20)  not null default 'NOT_STARTED',
    progress      text         not null default '',
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint indicator_plan_report_indicator_uk unique (report_id, indicator_id),
    constraint indicator_plan_status_ck check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE'))
);
create index indicator_plan_indicator_ix on indicator_plan (indicator_id);
create index indicator_plan_unit_ix on indicator_plan (unit_id);

create table oit_disclosure (
    id          bigint generated always as identity constraint oit_disclosure_pk primary key,
    report_id   bigint       not null constraint oit_disclosure_report_fk references report (id),
    item_id     bigint       not null constraint oit_disclosure_item_fk references oit_item (id),
    status      varchar(20)  not null default 'NOT_STARTED',
    progress    text         not null default '',
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint oit_disclosure_report_item_uk unique (report_id, item_id),
    constraint oit_disclosure_status_ck check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE'))
);
create index oit_disclosure_item_ix on oit_disclosure (item_id);

create table oit_disclosure_unit (
    disclosure_id  bigint not null constraint oit_disclosure_unit_disclosure_fk references oit_disclosure (id) on delete cascade,
    unit_id        bigint not null constraint oit_disclosure_unit_unit_fk references unit (id),
    position       int    not null default 0,
    constraint oit_disclosure_unit_pk primary key (disclosure_id, unit_id)
);
create index oit_disclosure_unit_unit_ix on oit_disclosure_unit (unit_id);

-- What the public sees ------------------------------------------------------------------------
-- Each row is the last published copy of a draft row. Responsible units are copied as names,
-- so the public text never changes until the next publish.

create table measure_pub (
    measure_id    bigint       not null constraint measure_pub_pk primary key
                               constraint measure_pub_measure_fk references measure (id),
    report_id     bigint       not null constraint measure_pub_report_fk references report (id),
    position      int          not null,
    name          text         not null,
    method        text         not null,
    period        text         not null,
    responsible   text         not null,
    summary       text         not null,
    outcome       text         not null,
    status        varchar(20)  not null,
    published_at  timestamptz  not null,
    published_by  varchar(100) not null,
    constraint measure_pub_status_ck check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE'))
);
create index measure_pub_report_ix on measure_pub (report_id, position);

create table indicator_plan_pub (
    plan_id       bigint       not null constraint indicator_plan_pub_pk primary key
                               constraint indicator_plan_pub_plan_fk references indicator_plan (id),
    report_id     bigint       not null constraint indicator_plan_pub_report_fk references report (id),
    indicator_id  bigint       not null constraint indicator_plan_pub_indicator_fk references indicator (id),
    guideline     text         not null,
    responsible   text         not null,
    period        text         not null,
    status        varchar(20)  not null,
    progress      text         not null,
    published_at  timestamptz  not null,
    published_by  varchar(100) not null,
    constraint indicator_plan_pub_status_ck check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE'))
);
create index indicator_plan_pub_report_ix on indicator_plan_pub (report_id);
create index indicator_plan_pub_indicator_ix on indicator_plan_pub (indicator_id);

create table oit_disclosure_pub (
    disclosure_id  bigint       not null constraint oit_disclosure_pub_pk primary key
                                constraint oit_disclosure_pub_disclosure_fk references oit_disclosure (id),
    report_id      bigint       not null constraint oit_disclosure_pub_report_fk references report (id),
    item_id        bigint       not null constraint oit_disclosure_pub_item_fk references oit_item (id),
    responsible    text         not null,
    status         varchar(20)  not null,
    progress       text         not null,
    published_at   timestamptz  not null,
    published_by   varchar(100) not null,
    constraint oit_disclosure_pub_report_item_uk unique (report_id, item_id),
    constraint oit_disclosure_pub_status_ck check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE'))
);
create index oit_disclosure_pub_item_ix on oit_disclosure_pub (item_id);
