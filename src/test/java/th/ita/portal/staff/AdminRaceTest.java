package th.ita.portal.staff;

import org.junit.jupiter.api.Test;

import th.ita.portal.support.HtmlForm;

/**
 * Two admins at the same moment: saving one account or one unit (one save kept, the other gets the
 * form again with 409, the current values and its own; the refused values are in the audit log).
 * Never a 500.
 */
class AdminRaceTest extends RaceTestBase {

	@Test
	void twoAdminsSavingAnAccountAtOnce() throws Exception {
		long id = this.jdbc.queryForObject("select id from users where username = 'demo.auditor'", Long.class);
		String account = "/staff/admin/users/" + id;
		for (int round = 0; round < ROUNDS; round++) {
			Saves saves = saveTogether(HtmlForm.on(admin, account), HtmlForm.on(otherAdmin, account), "displayName",
					"ผู้ตรวจสอบ ชื่อแรก " + round, "ผู้ตรวจสอบ ชื่อที่สอง " + round);
			saves.assertOneKept(stored("select display_name from users where id = ?", id));
			saves.assertRefusedInHistory(refusedAuditLines(saves.refusedText()));
			saves.assertConflictPageShowsBoth("#stale", "input[name=displayName]");
		}
	}

	@Test
	void twoAdminsRenamingAUnitAtOnce() throws Exception {
		long id = this.jdbc.queryForObject("insert into unit (agency_id, name, position) select agency_id, "
				+ "'กองทดสอบการแข่งขัน', 99 from unit where name = 'กองคลัง' returning id", Long.class);
		String unit = "/staff/admin/units/" + id;
		for (int round = 0; round < ROUNDS; round++) {
			Saves saves = saveTogether(HtmlForm.on(admin, unit), HtmlForm.on(otherAdmin, unit), "name",
					"กองทดสอบชื่อแรก " + round, "กองทดสอบชื่อที่สอง " + round);
			saves.assertOneKept(stored("select name from unit where id = ?", id));
			saves.assertRefusedInHistory(refusedAuditLines(saves.refusedText()));
			saves.assertConflictPageShowsBoth("#stale", "input[name=name]");
		}
	}

}
