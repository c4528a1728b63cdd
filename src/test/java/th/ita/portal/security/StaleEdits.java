package th.ita.portal.security;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.jdbc.core.JdbcTemplate;

import th.ita.portal.support.PortalHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests that a signed-in user's session makes and that the portal refuses: a 403 and two 409s. */
final class StaleEdits {

	static final String EDITOR = "demo.palad";

	static final String EDITOR_PASSWORD = "demo-palad-2566";

	static final String ADMIN = "demo.admin";

	static final String ADMIN_PASSWORD = "demo-admin-2566";

	private static final String ITEM = "/staff/2566/oit/o5";

	private final PortalHttp staff;

	private final JdbcTemplate jdbc;

	StaleEdits(PortalHttp staff, JdbcTemplate jdbc) {
		this.staff = staff;
		this.jdbc = jdbc;
	}

	/** An editor's POST to the admin's unit list. */
	HttpResponse<byte[]> postToAdminPage() throws Exception {
		String csrf = this.staff.csrf(this.staff.get(ITEM));
		return this.staff.post("/staff/admin/units", csrf, "name", "กองใหม่");
	}

	/** Two saves of item o5 from the same form: the second one is stale. */
	HttpResponse<byte[]> staleSave() throws Exception {
		HttpResponse<byte[]> form = this.staff.get(ITEM);
		Document page = Jsoup.parse(PortalHttp.text(form));
		String version = page.select("input[name=version]").val();
		String csrf = this.staff.csrf(form);
		String stamp = UUID.randomUUID().toString();
		assertThat(save(csrf, version, "บันทึกครั้งแรก " + stamp).statusCode()).isEqualTo(302);
		return save(csrf, version, "บันทึกจากฟอร์มเก่า " + stamp);
	}

	/** Deleting a measure with a version it never had. */
	HttpResponse<byte[]> staleDelete() throws Exception {
		long id = this.jdbc.queryForObject(
				"select id from measure where deleted_at is null order by position limit 1", Long.class);
		String csrf = this.staff.csrf(this.staff.get("/staff/2566/measures/" + id + "/delete"));
		return this.staff.post("/staff/2566/measures/" + id + "/delete", csrf, "version", "999");
	}

	private HttpResponse<byte[]> save(String csrf, String version, String progress) throws Exception {
		long unit = this.jdbc.queryForObject("select id from unit where name = 'สำนักปลัด'", Long.class);
		return this.staff.post(ITEM, csrf, "unitIds", Long.toString(unit), "status", "DONE", "progress", progress,
				"version", version);
	}

}
