-- Opening a year leaves a revision for every draft it creates (each item's disclosure, each
-- carried measure; carried evidence links are listed in their item's revision), so a record's
-- history starts where the record did: "opened with the year, carried from 2566: O12".
alter table revision drop constraint revision_action_ck;
alter table revision add constraint revision_action_ck
    check (action in ('CREATE', 'UPDATE', 'DELETE', 'PUBLISH', 'CONFLICT', 'OPENED'));
