package th.ita.portal.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import th.ita.portal.support.HostileRequestsBase;
import th.ita.portal.support.PortalHttp;
import th.ita.portal.support.RawHttp;

/**
 * On a real Tomcat, text with a NUL character (U+0000) in every text field of every form and in
 * the filters and search parameters: PostgreSQL cannot store or compare it ("invalid byte sequence
 * for encoding UTF8: 0x00"), so it used to reach the database and come back as a 500. The NUL is
 * dropped before binding; the rest of what was typed is kept.
 */
class NulCharactersHttpTest extends HostileRequestsBase {

	static final String NUL = "ก\u0000ข";

	record Form(String page, String action, List<String> fields) {
	}

	List<Form> forms() {
		Long measure = this.jdbc.queryForObject("select min(id) from measure", Long.class);
		Long measureVersion = this.jdbc.queryForObject("select version from measure where id = ?", Long.class, measure);
		Long unit = this.jdbc.queryForObject("select min(id) from unit", Long.class);
		Long unitVersion = this.jdbc.queryForObject("select version from unit where id = ?", Long.class, unit);
		Long user = this.jdbc.queryForObject("select id from users where username = 'demo.klang'", Long.class);
		String evidence = "/staff/2566/oit/o1/evidence";
		return List.of(
				new Form("/staff/2566/measures/new", "/staff/2566/measures/new",
						List.of("name", NUL, "method", NUL, "period", NUL, "responsible", NUL, "summary", NUL,
								"outcome", NUL, "status", "DONE", "unitId", String.valueOf(unit), "version", "0")),
				new Form("/staff/2566/measures/" + measure, "/staff/2566/measures/" + measure,
						List.of("name", NUL, "period", NUL, "status", "DONE", "unitId", String.valueOf(unit), "version",
								String.valueOf(measureVersion))),
				new Form("/staff/2566/plans/1", "/staff/2566/plans/1",
						List.of("guideline", NUL, "responsible", NUL, "period", NUL, "progress", NUL, "status", "DONE",
								"unitId", String.valueOf(unit), "version", "0")),
				new Form("/staff/2566/oit/o1", "/staff/2566/oit/o1",
						List.of("progress", NUL, "status", "DONE", "unitIds", String.valueOf(unit), "version", "0")),
				new Form(evidence, evidence + "/link", List.of("title", NUL, "url", "https://example.com/" + NUL)),
				new Form("/staff/admin/users/new", "/staff/admin/users",
						List.of("username", "nul" + NUL, "displayName", NUL, "password", "a-long-pass\u0000word-1", "roles",
								"EDITOR", "unitIds", String.valueOf(unit))),
				new Form("/staff/admin/users/" + user, "/staff/admin/users/" + user,
						List.of("displayName", NUL, "roles", "EDITOR", "unitIds", String.valueOf(unit), "version", "0")),
				new Form("/staff/admin/units", "/staff/admin/units", List.of("name", "กอง" + NUL, "active", "true")),
				new Form("/staff/admin/units/" + unit, "/staff/admin/units/" + unit,
						List.of("name", "กอง" + NUL, "active", "true", "version", String.valueOf(unitVersion))),
				new Form("/staff/account/password", "/staff/account/password",
						List.of("currentPassword", NUL, "newPassword", NUL, "confirmPassword", NUL)));
	}

	@Test
	void everyTextFieldWithANulAnswersWithoutA500() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		PortalHttp admin = admin();
		for (Form form : forms()) {
			String csrf = admin.csrf(admin.get(form.page()));
			HttpResponse<byte[]> answer = admin.post(form.action(), csrf, form.fields().toArray(String[]::new));
			String what = form.action() + " " + form.fields();
			softly.assertThat(answer.statusCode()).as(what).isIn(200, 302, 400, 409, 422);
			softly.assertThat(PortalHttp.text(answer)).as(what).doesNotContain(INSIDES);
		}
		softly.assertThat(this.jdbc.queryForObject(
				"select count(*) from measure where name = 'กข' and period = 'กข'", Integer.class))
			.as("the measure was saved with the NUL dropped and the rest kept")
			.isPositive();
		softly.assertAll();
	}

	@Test
	void filtersAndTheSignInFormWithANulAnswerWithoutA500() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		PortalHttp admin = admin();
		String encoded = URLEncoder.encode(NUL, StandardCharsets.UTF_8);
		for (String path : List.of("/staff/admin/audit?user=" + encoded, "/staff/admin/audit?action=" + encoded,
				"/staff/admin/audit?from=" + encoded, "/staff/2566/history?user=" + encoded,
				"/staff/2566/history/measure/1?asOf=" + encoded, "/staff/2566/oit?unit=" + encoded,
				"/ita/2566/oit?lang=" + encoded, "/ita/2566/report.pdf?digits=" + encoded)) {
			HttpResponse<byte[]> answer = admin.get(path);
			softly.assertThat(answer.statusCode()).as(path).isLessThan(500);
			softly.assertThat(PortalHttp.text(answer)).as(path).doesNotContain(INSIDES);
		}
		RawHttp.Answer login = raw().get("/login");
		String cookie = login.header("Set-Cookie").orElseThrow().split(";")[0];
		String body = "_csrf=" + Jsoup.parse(login.text()).select("input[name=_csrf]").val() + "&username=" + encoded
				+ "&password=" + encoded;
		RawHttp.Answer answer = raw().send("POST", "/login", body.getBytes(StandardCharsets.UTF_8), "Cookie", cookie,
				"Content-Type", "application/x-www-form-urlencoded");
		softly.assertThat(answer.header("Location")).as("sign-in with a NUL").hasValue("/login?error");
		softly.assertAll();
	}

}
