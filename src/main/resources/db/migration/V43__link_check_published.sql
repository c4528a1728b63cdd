-- The link monitor checks published links too (issue 16): a published copy outlives its draft, and
-- its address may differ from the draft's. link_check is now keyed by the evidence's stable id and
-- the address checked, so a draft re-addressed since its publish has two rows (the draft's address
-- and the published one) and a published link whose draft was removed keeps its own. Rows no draft
-- or published copy names any more are removed by the daily run (LinkCheckStore.prune).
alter table link_check drop constraint link_check_evidence_fk;
alter table link_check drop constraint link_check_pk;
-- The address is hashed for the key (an address of 2000 characters may not fit an index entry).
alter table link_check add column url_md5 char(32) generated always as (md5(url)) stored;
alter table link_check add constraint link_check_pk primary key (evidence_id, url_md5);
