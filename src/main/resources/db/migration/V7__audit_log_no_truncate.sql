-- The audit log only grows. V3's row trigger refuses updates and deletes, but TRUNCATE fires no
-- row triggers: refuse it with a statement trigger.
create trigger audit_log_no_truncate_tg
    before truncate on audit_log
    for each statement execute function audit_log_append_only();
