-- The demo's second agency: a clearly labelled SAMPLE, not a real agency, for trying how one
-- deployment serves several agencies (issue 14). It answers at http://sample.localhost:8080
-- (browsers resolve *.localhost to this machine), has FY 2566 opened on the 2566 framework with
-- an empty draft for every item and nothing published (so its public home shows no year), and one
-- demo admin whose password is published in the README, so its pages show the demo banner too:
--
--   demo.sample.admin   demo-sample-admin-2566   ADMIN of the sample agency
--
-- A Flyway repeatable migration in its own location (db/demo-sample), added only with the demo
-- on and ITA_DEMO_SAMPLE_AGENCY not false. It does nothing when the agency 'sample' exists, so
-- re-running it (or changing this file) is safe. Named to run after db/demo's files.

DO $$
DECLARE
    v_agency bigint;
    v_report bigint;
    v_framework bigint;
    v_admin bigint;
BEGIN
IF NOT EXISTS (SELECT 1 FROM agency WHERE slug = 'sample') THEN

select f.id into v_framework from framework f
where f.fiscal_year = 2566 and f.name = 'ITA ประจำปีงบประมาณ พ.ศ. 2566';

insert into agency (slug, name, district, province, is_default, enabled)
    values ('sample', 'หน่วยงานตัวอย่าง (ทดสอบระบบ)', '', '', false, true)
    returning id into v_agency;

insert into agency_host (host, agency_id) values ('sample.localhost', v_agency)
    on conflict do nothing;

insert into unit (agency_id, name, position) values (v_agency, 'สำนักปลัด', 1);

-- FY 2566 opened as the year page would open it, without carrying anything: nothing published.
insert into report (agency_id, framework_id, fiscal_year) values (v_agency, v_framework, 2566)
    returning id into v_report;
insert into oit_disclosure (report_id, item_id)
    select v_report, i.id from oit_item i where i.framework_id = v_framework order by i.id;
with revs as (
    insert into revision (report_id, entity_type, entity_id, label, action, username, at)
    select d.report_id, 'DISCLOSURE', d.id, upper(i.code) || ' ' || i.title, 'OPENED', 'system', now()
    from oit_disclosure d join oit_item i on i.id = d.item_id where d.report_id = v_report
    returning id)
insert into revision_field (revision_id, position, field, before_value, after_value)
    select id, 1, 'status', null, 'NOT_STARTED' from revs;

insert into users (agency_id, username, display_name, password_hash)
    values (v_agency, 'demo.sample.admin', 'ผู้ดูแลหน่วยงานตัวอย่าง (ทดลอง)',
            '{bcrypt}$2a$10$TJT/aOlCt/WyhKCfottR2.qekkf17BSftOVRh0j5hgHE3eCUdcM5.')
    returning id into v_admin;
insert into user_role (user_id, role) values (v_admin, 'ADMIN');

END IF;
END
$$;
