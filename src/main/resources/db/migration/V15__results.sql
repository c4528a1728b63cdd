-- Results per year (issue 13, part 4).
--
-- What the NACC published for an agency's year: the overall score and the result stay on
-- `report` (overall_score, result); the score of each tool (IIT, EIT, OIT) and of each indicator
-- are rows of `report_score`. Each framework carries its result rule as data: levels, best
-- first, each with a minimum total and optional minimums per tool. The portal only suggests a
-- level from the rule; the result an admin confirms is what is shown.

create table report_score (
    id            bigint generated always as identity constraint report_score_pk primary key,
    report_id     bigint       not null constraint report_score_report_fk references report (id),
    tool          varchar(3),
    indicator_id  bigint                constraint report_score_indicator_fk references indicator (id),
    score         numeric(5, 2) not null,
    constraint report_score_score_ck check (score between 0 and 100),
    constraint report_score_tool_ck check (tool in ('IIT', 'EIT', 'OIT')),
    constraint report_score_one_subject_ck check ((tool is null) <> (indicator_id is null))
);
create unique index report_score_report_tool_uk on report_score (report_id, tool) where tool is not null;
create unique index report_score_report_indicator_uk on report_score (report_id, indicator_id) where indicator_id is not null;
create index report_score_report_ix on report_score (report_id);
create index report_score_indicator_ix on report_score (indicator_id);

-- A framework's result rule; its version detects two admins editing it at once.
create table result_rule (
    framework_id  bigint       not null constraint result_rule_pk primary key
                               constraint result_rule_framework_fk references framework (id) on delete cascade,
    version       bigint       not null default 0,
    updated_at    timestamptz  not null default now()
);

create table result_level (
    id            bigint generated always as identity constraint result_level_pk primary key,
    framework_id  bigint        not null constraint result_level_rule_fk references result_rule (framework_id) on delete cascade,
    position      int           not null,
    name          varchar(100)  not null,
    min_total     numeric(5, 2) not null,
    min_iit       numeric(5, 2),
    min_eit       numeric(5, 2),
    min_oit       numeric(5, 2),
    constraint result_level_position_uk unique (framework_id, position),
    constraint result_level_name_uk unique (framework_id, name),
    constraint result_level_scores_ck check (min_total between 0 and 100 and coalesce(min_iit, 0) between 0 and 100
        and coalesce(min_eit, 0) between 0 and 100 and coalesce(min_oit, 0) between 0 and 100)
);

-- FY 2566: the seed report reads 91.45 "ผ่าน"; the pass mark of that year was 85 (issue 13, the
-- product brief). Nothing else of that year's rule is known here (no other levels, no minimums per
-- tool), so nothing else is written; every other rule is entered by an admin from the NACC's manual.
insert into result_rule (framework_id)
    select id from framework where fiscal_year = 2566 and name = 'ITA ประจำปีงบประมาณ พ.ศ. 2566';
insert into result_level (framework_id, position, name, min_total)
    select framework_id, 1, 'ผ่าน', 85 from result_rule
    where framework_id = (select id from framework where fiscal_year = 2566 and name = 'ITA ประจำปีงบประมาณ พ.ศ. 2566');
