package th.ita.portal.common;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import th.ita.portal.support.HtmlForm;

import static org.assertj.core.api.Assertions.assertThat;
import static th.ita.portal.support.PortalHttp.text;

/**
 * Two admins at the same moment: saving one account or one unit (one save kept, the other gets the
 * form again with 409, the current values and its own; the refused values are in the audit log),
 * or creating two units or two accounts of the same name (one is created, the other form says the
 * name is taken). Never a 500.
 */
class AdminRaceTest extends RealTomcatTestBase {

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

	@Test
	void twoAdminsCreatingUnitsOfTheSameNameAtOnce() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String name = "กองที่สร้างพร้อมกัน " + round;
			HtmlForm first = HtmlForm.on(admin, "/staff/admin/units").with("name", name);
			HtmlForm second = HtmlForm.on(otherAdmin, "/staff/admin/units").with("name", name);
			List<HttpResponse<byte[]>> answers = race.run(first::send, second::send);
			assertOneCreatedOneTaken(answers, "#name-error", "มีหน่วยงานย่อยชื่อนี้แล้ว");
			assertThat(this.jdbc.queryForObject("select count(*) from unit where name = ?", Integer.class, name))
				.isEqualTo(1);
		}
	}

	@Test
	void twoAdminsCreatingAccountsOfTheSameUsernameAtOnce() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String username = "race.same." + round;
			HtmlForm first = account(HtmlForm.on(admin, "/staff/admin/users/new", "/staff/admin/users"), username);
			HtmlForm second = account(HtmlForm.on(otherAdmin, "/staff/admin/users/new", "/staff/admin/users"),
					username);
			List<HttpResponse<byte[]>> answers = race.run(first::send, second::send);
			assertOneCreatedOneTaken(answers, "#username-error", "มีชื่อผู้ใช้นี้ในระบบแล้ว");
			assertThat(this.jdbc.queryForObject("select count(*) from users where username = ?", Integer.class,
					username))
				.isEqualTo(1);
		}
	}

	static HtmlForm account(HtmlForm form, String username) {
		return form.with("username", username)
			.with("displayName", "บัญชีทดสอบ " + username)
			.with("password", "รหัสผ่านยาวพอสมควร")
			.with("roles", "AUDITOR");
	}

	static void assertOneCreatedOneTaken(List<HttpResponse<byte[]>> answers, String error, String message) {
		assertThat(answers.stream().map(HttpResponse::statusCode)).containsExactlyInAnyOrder(302, 200);
		HttpResponse<byte[]> refused = answers.get(0).statusCode() == 200 ? answers.get(0) : answers.get(1);
		assertThat(Jsoup.parse(text(refused)).select(error).text()).isEqualTo(message);
	}

}
