-- Opening a year in the application (issue 13, part 3).
--
-- An agency has at most one report a fiscal year, whatever the framework: the year is the
-- framework's, so the report keeps a copy of it, tied to the framework by a composite foreign key
-- (it cannot disagree), and a unique key on (agency, year) makes a second opening of the same
-- year fail in the database even when two admins press the button at the same moment.

alter table framework add constraint framework_id_year_uk unique (id, fiscal_year);

alter table report add column fiscal_year int;
update report r set fiscal_year = f.fiscal_year from framework f where f.id = r.framework_id;
alter table report alter column fiscal_year set not null;
alter table report add constraint report_framework_year_fk foreign key (framework_id, fiscal_year)
    references framework (id, fiscal_year);
alter table report add constraint report_agency_year_uk unique (agency_id, fiscal_year);

-- An insert that names only the framework (the demo data, older scripts) gets its year from it.
create function report_fiscal_year() returns trigger language plpgsql as $$
begin
    if new.fiscal_year is null then
        select f.fiscal_year into new.fiscal_year from framework f where f.id = new.framework_id;
    end if;
    return new;
end
$$;
create trigger report_fiscal_year_tg before insert on report for each row execute function report_fiscal_year();

-- Evidence links carried from an earlier year are drafts marked with that year until someone
-- checks them (saving the title again, or removing them).
alter table evidence add column carried_from int;
alter table evidence add constraint evidence_carried_from_ck
    check (carried_from is null or (kind = 'LINK' and carried_from between 2500 and 2700));

-- Lineage (issue 13, part 2): an item names the items of an earlier framework that it continues,
-- several to one and one to several. Rows go with either item's framework.
create table oit_item_lineage (
    from_item_id  bigint not null constraint oit_item_lineage_from_fk references oit_item (id) on delete cascade,
    to_item_id    bigint not null constraint oit_item_lineage_to_fk references oit_item (id) on delete cascade,
    constraint oit_item_lineage_pk primary key (to_item_id, from_item_id),
    constraint oit_item_lineage_not_self_ck check (from_item_id <> to_item_id)
);
create index oit_item_lineage_from_ix on oit_item_lineage (from_item_id);

-- A title as compared across years: Thai digits as Arabic ones, runs of white space as one
-- space, no space at either end, lower case.
create function ita_normal_title(title text) returns text language sql immutable parallel safe as $$
    select lower(btrim(regexp_replace(translate(title, '๐๑๒๓๔๕๖๗๘๙', '0123456789'), '\s+', ' ', 'g')))
$$;
