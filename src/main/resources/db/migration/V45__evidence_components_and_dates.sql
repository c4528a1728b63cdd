-- Evidence covers components (issue 16): each piece of evidence may be tied to one or more of its
-- item's required data components, and carries the document's own date (ลงวันที่) and the period
-- it covers (from–to). The published copy carries the ties and the dates as they were published.

alter table evidence add column document_date date;
alter table evidence add column period_from date;
alter table evidence add column period_to date;
alter table evidence add constraint evidence_period_ck check (period_from is null or period_to is null or period_from <= period_to);

alter table evidence_pub add column document_date date;
alter table evidence_pub add column period_from date;
alter table evidence_pub add column period_to date;
alter table evidence_pub add constraint evidence_pub_period_ck check (period_from is null or period_to is null or period_from <= period_to);

-- A draft's ties. That the component belongs to the evidence's own item is checked by the portal
-- (EvidenceDetails) before a row is written.
create table evidence_component (
    evidence_id   bigint not null constraint evidence_component_evidence_fk references evidence (id) on delete cascade,
    component_id  bigint not null constraint evidence_component_component_fk references oit_item_component (id),
    constraint evidence_component_pk primary key (evidence_id, component_id)
);
create index evidence_component_component_ix on evidence_component (component_id);

-- The published copy's ties, replaced with the copy on every publish.
create table evidence_pub_component (
    evidence_pub_id  bigint not null constraint evidence_pub_component_evidence_fk references evidence_pub (id) on delete cascade,
    component_id     bigint not null constraint evidence_pub_component_component_fk references oit_item_component (id),
    constraint evidence_pub_component_pk primary key (evidence_pub_id, component_id)
);
create index evidence_pub_component_component_ix on evidence_pub_component (component_id);
