-- Generates many agencies for the scale bench (bench/scale.sh) and the query-plan test
-- (ScalePlansTest), set-based, in one transaction: psql -v agencies=8000 -f bench/agencies.sql.
-- Run it on a database the portal has migrated (its Flyway schema, the real 2566 framework).
--
-- Each generated agency aNNNNN ("หน่วยงานทดสอบ (bench) NNNNN", clearly not a real agency) gets:
-- the host aNNNNN.bench.localhost; four units; three accounts (aNNNNN.admin, .editor, .auditor, with
-- the demo admin's password, demo-admin-2566); three published reports, for 2564, 2565 and 2566;
-- per report its OIT disclosures (43, one per item of the year's framework) with a unit each, the
-- published copies, a link and a file per disclosure as evidence rows (no file is stored: the rows
-- only) and their published copies, three measures and a plan per indicator with published copies,
-- sample IIT/EIT/OIT scores, a PUBLISH revision per disclosure; and ten audit entries.
--
-- 2566 uses the real framework of 2566. 2564 and 2565 use GENERATED TEST SAMPLES, not those years'
-- real frameworks: "ตัวอย่างทดสอบ (sample) ชุดทดสอบปริมาณ", a copy of 2566's shape (indicators,
-- sub-indicators, topics, items o1-o43, components) with every text replaced by a sample label.
-- Running it twice adds nothing the second time (the agencies exist).

begin;

-- The two sample frameworks, once.
insert into framework (fiscal_year, name, variant)
    select y, 'ตัวอย่างทดสอบ (sample) ชุดทดสอบปริมาณ', 'ตัวอย่างทดสอบ (sample)'
    from generate_series(2564, 2565) y
    where not exists (select 1 from framework f where f.fiscal_year = y and f.name = 'ตัวอย่างทดสอบ (sample) ชุดทดสอบปริมาณ');

create temp table bench_fw on commit drop as
    select s.id as sample_id, r.id as real_id
    from framework s, framework r
    where s.name = 'ตัวอย่างทดสอบ (sample) ชุดทดสอบปริมาณ' and s.fiscal_year in (2564, 2565)
      and r.fiscal_year = 2566 and r.name = 'ITA ประจำปีงบประมาณ พ.ศ. 2566'
      and not exists (select 1 from indicator i where i.framework_id = s.id);

insert into indicator (framework_id, number, name, tool)
    select b.sample_id, i.number, 'ตัวอย่างทดสอบ (sample) ตัวชี้วัด ' || i.number, i.tool
    from bench_fw b join indicator i on i.framework_id = b.real_id;

insert into oit_subindicator (indicator_id, code, name, position)
    select si.id, s.code, 'ตัวอย่างทดสอบ (sample) ตัวชี้วัดย่อย ' || s.code, s.position
    from bench_fw b
    join indicator ri on ri.framework_id = b.real_id
    join oit_subindicator s on s.indicator_id = ri.id
    join indicator si on si.framework_id = b.sample_id and si.number = ri.number;

insert into oit_topic (subindicator_id, name, position)
    select ss.id, 'หัวข้อตัวอย่าง (sample) ' || s.code || '.' || t.position, t.position
    from bench_fw b
    join indicator ri on ri.framework_id = b.real_id
    join oit_subindicator s on s.indicator_id = ri.id
    join oit_topic t on t.subindicator_id = s.id
    join indicator si on si.framework_id = b.sample_id and si.number = ri.number
    join oit_subindicator ss on ss.indicator_id = si.id and ss.code = s.code;

insert into oit_item (framework_id, subindicator_id, topic_id, number, code, title)
    select b.sample_id, ss.id, st.id, o.number, o.code, 'ข้อตัวอย่างที่ ' || o.number || ' (sample)'
    from bench_fw b
    join oit_item o on o.framework_id = b.real_id
    join oit_subindicator s on s.id = o.subindicator_id
    join indicator ri on ri.id = s.indicator_id
    join indicator si on si.framework_id = b.sample_id and si.number = ri.number
    join oit_subindicator ss on ss.indicator_id = si.id and ss.code = s.code
    left join oit_topic t on t.id = o.topic_id
    left join oit_topic st on st.subindicator_id = ss.id and st.position = t.position;

insert into oit_item_component (item_id, position, depth, text)
    select so.id, c.position, c.depth, 'องค์ประกอบตัวอย่าง (sample) ' || o.number || '.' || c.position
    from bench_fw b
    join oit_item o on o.framework_id = b.real_id
    join oit_item_component c on c.item_id = o.id
    join oit_item so on so.framework_id = b.sample_id and so.number = o.number;

-- The agencies, their hosts, units and accounts.
create temp table bench_agency on commit drop as
    select n, 'a' || lpad(n::text, 5, '0') as slug from generate_series(1, :agencies) n
    where not exists (select 1 from agency a where a.slug = 'a' || lpad(n::text, 5, '0'));

insert into agency (slug, name, district, province)
    select slug, 'หน่วยงานทดสอบ (bench) ' || lpad(n::text, 5, '0'), 'อำเภอทดสอบ', 'จังหวัดทดสอบ' from bench_agency;

alter table bench_agency add column id bigint;
update bench_agency b set id = a.id from agency a where a.slug = b.slug;

insert into agency_host (host, agency_id) select b.slug || '.bench.localhost', b.id from bench_agency b;

insert into unit (agency_id, name, position)
    select b.id, 'กองทดสอบ ' || u, u from bench_agency b, generate_series(1, 4) u;

insert into users (agency_id, username, display_name, password_hash)
    select b.id, b.slug || '.' || r.kind, r.name || ' (bench) ' || b.slug,
           '{bcrypt}$2a$10$g.an6vN5IcLue3zDM.ZffOjQtehQXEZenuDQ2PLrtrYk2ezLT7YMe'
    from bench_agency b,
         (values ('admin', 'ผู้ดูแลระบบ'), ('editor', 'เจ้าหน้าที่'), ('auditor', 'ผู้ตรวจสอบ')) r(kind, name);

insert into user_role (user_id, role)
    select u.id, upper(substring(u.username from 8))
    from users u join bench_agency b on b.id = u.agency_id;

insert into user_unit (user_id, unit_id)
    select u.id, n.id from users u join bench_agency b on b.id = u.agency_id
    join unit n on n.agency_id = b.id and n.position = 1
    where u.username = b.slug || '.editor';

-- Three published reports each.
insert into report (agency_id, framework_id, fiscal_year, last_published_at)
    select b.id, f.id, f.fiscal_year, now()
    from bench_agency b,
         framework f
    where (f.fiscal_year = 2566 and f.name = 'ITA ประจำปีงบประมาณ พ.ศ. 2566')
       or (f.fiscal_year in (2564, 2565) and f.name = 'ตัวอย่างทดสอบ (sample) ชุดทดสอบปริมาณ');

create temp table bench_report on commit drop as
    select r.id, r.agency_id, r.framework_id from report r join bench_agency b on b.id = r.agency_id;

insert into oit_disclosure (report_id, item_id, status, progress, version, published_version, published_at)
    select r.id, o.id, (array['NOT_STARTED', 'IN_PROGRESS', 'DONE'])[1 + o.number % 3],
           'ความคืบหน้าตัวอย่าง (bench) ของข้อ ' || o.code || ': เผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงานแล้ว', 0, 0, now()
    from bench_report r join oit_item o on o.framework_id = r.framework_id;

create temp table bench_disclosure on commit drop as
    select d.id, d.report_id, d.item_id, d.status, d.progress, r.agency_id
    from oit_disclosure d join bench_report r on r.id = d.report_id;

insert into oit_disclosure_unit (disclosure_id, unit_id, position)
    select d.id, n.id, 1 from bench_disclosure d
    join oit_item o on o.id = d.item_id
    join unit n on n.agency_id = d.agency_id and n.position = 1 + o.number % 4;

insert into oit_disclosure_pub (disclosure_id, report_id, item_id, responsible, status, progress, published_at, published_by)
    select d.id, d.report_id, d.item_id, 'กองทดสอบ', d.status, d.progress, now(), 'bench'
    from bench_disclosure d;

insert into evidence (disclosure_id, kind, title, url, storage_key, original_name, content_type, size_bytes, sha256,
                      position, created_by)
    select d.id, k.kind, 'หลักฐานตัวอย่าง (bench) ' || k.pos,
           case when k.kind = 'LINK' then 'https://example.org/bench/' || d.id end,
           case when k.kind = 'FILE' then md5('bench-' || d.id) end,
           case when k.kind = 'FILE' then 'bench-' || d.id || '.pdf' end,
           case when k.kind = 'FILE' then 'application/pdf' end,
           case when k.kind = 'FILE' then 1024 end,
           case when k.kind = 'FILE' then md5('bench-' || d.id) || md5('bench') end,
           k.pos, 'bench'
    from bench_disclosure d, (values ('LINK', 1), ('FILE', 2)) k(kind, pos);

insert into evidence_pub (disclosure_id, evidence_id, kind, title, url, storage_key, original_name, content_type,
                          size_bytes, sha256, position, published_at, published_by)
    select e.disclosure_id, e.id, e.kind, e.title, e.url, e.storage_key, e.original_name, e.content_type,
           e.size_bytes, e.sha256, e.position, now(), 'bench'
    from evidence e join bench_disclosure d on d.id = e.disclosure_id;

insert into measure (report_id, unit_id, position, name, method, period, responsible, summary, outcome, status,
                     published_version, published_at)
    select r.id, n.id, m, 'มาตรการตัวอย่าง (bench) ' || m, '<p>วิธีการตัวอย่าง</p>', 'ตลอดปีงบประมาณ', 'กองทดสอบ',
           '<p>สรุปตัวอย่าง</p>', '<p>ผลตัวอย่าง</p>', 'IN_PROGRESS', 0, now()
    from bench_report r, generate_series(1, 3) m, unit n
    where n.agency_id = r.agency_id and n.position = m;

insert into measure_pub (measure_id, report_id, position, name, method, period, responsible, summary, outcome, status,
                         published_at, published_by)
    select m.id, m.report_id, m.position, m.name, m.method, m.period, m.responsible, m.summary, m.outcome, m.status,
           now(), 'bench'
    from measure m join bench_report r on r.id = m.report_id;

insert into indicator_plan (report_id, indicator_id, unit_id, guideline, responsible, period, status, progress,
                            published_version, published_at)
    select r.id, i.id, n.id, '<p>แนวทางตัวอย่าง (bench) ตัวชี้วัด ' || i.number || '</p>', 'กองทดสอบ',
           'ตลอดปีงบประมาณ', 'IN_PROGRESS', '<p>ความคืบหน้าตัวอย่าง</p>', 0, now()
    from bench_report r join indicator i on i.framework_id = r.framework_id
    join unit n on n.agency_id = r.agency_id and n.position = 1;

insert into indicator_plan_pub (plan_id, report_id, indicator_id, guideline, responsible, period, status, progress,
                                published_at, published_by)
    select p.id, p.report_id, p.indicator_id, p.guideline, p.responsible, p.period, p.status, p.progress, now(), 'bench'
    from indicator_plan p join bench_report r on r.id = p.report_id;

-- Sample scores of these sample agencies (IIT, EIT, OIT), so that the score queries meet rows.
insert into report_score (report_id, tool, score)
    select r.id, t.tool, 70 + (r.id + t.k) % 30
    from bench_report r, (values ('IIT', 1), ('EIT', 2), ('OIT', 3)) t(tool, k);

insert into revision (report_id, entity_type, entity_id, label, action, username, at)
    select d.report_id, 'DISCLOSURE', d.id, 'ข้อตัวอย่าง (bench)', 'PUBLISH', 'bench', now() - interval '1 day'
    from bench_disclosure d;

insert into audit_log (agency_id, at, username, action, subject, remote_address)
    select b.id, now() - make_interval(hours => k), b.slug || '.admin', 'SIGN_IN', null, '127.0.0.1'
    from bench_agency b, generate_series(1, 10) k;

commit;
