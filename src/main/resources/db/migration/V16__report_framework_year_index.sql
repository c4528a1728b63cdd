-- V11's foreign key report (framework_id, fiscal_year) -> framework (id, fiscal_year) had no index
-- leading with its columns: deleting or re-keying a framework would scan every report, and
-- MigrationsTest.everyForeignKeyIsIndexed holds every foreign key to an index.
create index report_framework_year_ix on report (framework_id, fiscal_year);
