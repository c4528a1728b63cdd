-- Frameworks become data that admins import (issue 13, part 1).
--
-- A fiscal year may now have several frameworks: one per variant (local government, schools,
-- hospitals ...). The name tells them apart within a year; the variant is a short label for it.
-- An agency's year (a report) still points at exactly one framework.

alter table framework drop constraint framework_fiscal_year_uk;
alter table framework add column variant varchar(100) not null default '';
alter table framework add column created_at timestamptz not null default now();
alter table framework add constraint framework_year_name_uk unique (fiscal_year, name);

-- Item codes are what the framework writes: o1 in 2566, O1 in later lists. A code is unique in
-- its framework whatever its case, and its number (the digits) orders the items.
alter table oit_item drop constraint oit_item_code_format_ck;
alter table oit_item add constraint oit_item_code_format_ck check (code ~ '^[oO][1-9][0-9]{0,2}$');
create unique index oit_item_framework_code_ci_uk on oit_item (framework_id, lower(code));

