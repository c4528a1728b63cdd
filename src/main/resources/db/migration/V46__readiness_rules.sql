-- Readiness rules as data (issue 16). By default an item's evidence must be dated in the fiscal
-- year; a rule names an item of a framework that asks for another period, which its published
-- evidence must cover from period_from to period_to.
create table readiness_rule (
    id           bigint generated always as identity constraint readiness_rule_pk primary key,
    item_id      bigint        not null constraint readiness_rule_item_fk references oit_item (id),
    period_from  date          not null,
    period_to    date          not null,
    source       varchar(500)  not null,
    created_at   timestamptz   not null default now(),
    created_by   varchar(100)  not null,
    constraint readiness_rule_item_uk unique (item_id),
    constraint readiness_rule_period_ck check (period_from <= period_to)
);

-- 2566, from the seed report's components only:
-- o12: "ข้อมูลครอบคลุมในระยะเวลา ๖ เดือนแรก (๑ ต.ค ๖๕ - ๓๑ มี.ค. ๖๖)";
-- o13: "เป็นรายงานผลของปีงบประมาณ พ.ศ.๒๕๖๕" (fiscal year 2565: 1 Oct 2021 – 30 Sep 2022).
insert into readiness_rule (item_id, period_from, period_to, source, created_by)
select it.id, r.period_from, r.period_to, r.source, 'V46'
from (values
    ('o12', date '2022-10-01', date '2023-03-31', 'ข้อมูลครอบคลุมในระยะเวลา ๖ เดือนแรก (๑ ต.ค ๖๕ - ๓๑ มี.ค. ๖๖)'),
    ('o13', date '2021-10-01', date '2022-09-30', 'เป็นรายงานผลของปีงบประมาณ พ.ศ.๒๕๖๕')
) as r (code, period_from, period_to, source)
join oit_item it on it.code = r.code
join framework f on f.id = it.framework_id and f.fiscal_year = 2566 and f.variant = '';
