package th.ita.portal.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import th.ita.portal.support.HostileRequestsBase;
import th.ita.portal.support.PortalHttp;
import th.ita.portal.support.RawHttp;

/**
 * On a real Tomcat, every form of the portal sent with wrongly typed fields (an unknown status or
 * role, text where a number, an id, a list of ids, a yes/no or a version belongs, a file sent as
 * plain text): the answer is the form again with Thai messages, or a 4xx page, never a 500, and no
 * page shows a Java type, a package of the portal, an exception or anything that looks like a
 * class name. Before, Spring's conversion message ("Failed to convert property value of type
 * 'java.lang.String' to required type 'th.ita.portal.common.ProgressStatus'") was in the error
 * summary.
 */
class WrongTypesHttpTest extends HostileRequestsBase {

	/** A qualified class name ({@code java.lang.String}) or a Java-style exception or type name. */
	static final Pattern CLASS_LIKE = Pattern.compile(
			"\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]+\\b|\\b[A-Z][a-z]+([A-Z][a-z]+)+(Exception|Error|Status|Form|Role)\\b");

	static final List<String> NUMBERS = List.of("abc", "99999999999999999999", "1.5", "%00", "-", "<b>1</b>");

	/** One form: the page it is on, where it posts, and its wrongly typed fields beside good ones. */
	record Form(String page, String action, List<String> fields) {
	}

	List<Form> forms(String bad) {
		Long measure = this.jdbc.queryForObject("select min(id) from measure", Long.class);
		Long user = this.jdbc.queryForObject("select id from users where username = 'demo.klang'", Long.class);
		Long unit = this.jdbc.queryForObject("select min(id) from unit", Long.class);
		String evidence = "/staff/2566/oit/o1/evidence";
		return List.of(
				new Form("/staff/2566/measures/new", "/staff/2566/measures/new",
						List.of("name", "มาตรการ", "status", "BOGUS", "unitId", bad, "version", bad)),
				new Form("/staff/2566/measures/" + measure, "/staff/2566/measures/" + measure,
						List.of("name", "มาตรการ", "status", bad, "unitId", bad, "version", bad)),
				new Form("/staff/2566/plans/1", "/staff/2566/plans/1",
						List.of("guideline", "แนวทาง", "status", "BOGUS", "unitId", bad, "version", bad)),
				new Form("/staff/2566/oit/o1", "/staff/2566/oit/o1",
						List.of("status", "BOGUS", "unitIds", bad, "unitIds", "1", "version", bad)),
				new Form(evidence, evidence + "/link", List.of("title", "ลิงก์", "url", "javascript:alert(1)", "x", bad)),
				new Form(evidence, evidence + "/file", List.of("title", "ไฟล์", "file", bad)),
				new Form(evidence, evidence + "/1/title", List.of("title", "ชื่อใหม่", "version", bad)),
				new Form("/staff/admin/users/new", "/staff/admin/users", List.of("username", "new.user", "displayName",
						"ผู้ใช้", "password", "a-long-password-1", "roles", "BOGUS", "unitIds", bad)),
				new Form("/staff/admin/users/" + user, "/staff/admin/users/" + user,
						List.of("displayName", "ผู้ใช้", "roles", bad, "roles", "EDITOR", "unitIds", bad, "version", bad)),
				new Form("/staff/admin/users/" + user + "/password", "/staff/admin/users/" + user + "/password",
						List.of("password", "a-long-password-2", "version", bad)),
				new Form("/staff/admin/users/" + user + "/disable", "/staff/admin/users/" + user + "/disable",
						List.of("version", bad)),
				new Form("/staff/admin/units", "/staff/admin/units", List.of("name", "กองใหม่", "active", bad, "version", bad)),
				new Form("/staff/admin/units/" + unit, "/staff/admin/units/" + unit,
						List.of("name", "กองเดิม", "active", "maybe", "version", bad)),
				new Form("/staff/account/password", "/staff/account/password",
						List.of("currentPassword", bad, "newPassword", bad, "confirmPassword", "x", "version", bad)),
				new Form("/staff/2566/measures", "/staff/2566/measures/" + measure + "/move", List.of("direction", bad)),
				new Form("/staff/2566", "/staff/2566/publish", List.of("version", bad)));
	}

	static void nothingOfTheInside(SoftAssertions softly, String what, String html) {
		softly.assertThat(html).as(what).doesNotContain(INSIDES);
		String text = Jsoup.parse(html).text();
		softly.assertThat(CLASS_LIKE.matcher(text).results().map((match) -> match.group()).toList())
			.as(what + ": class-like names in the text")
			.isEmpty();
	}

	@Test
	void everyFormWithWronglyTypedFieldsAnswersInThaiWithoutJava() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (String bad : NUMBERS) {
			PortalHttp admin = admin();
			for (Form form : forms(bad)) {
				String csrf = admin.csrf(admin.get(form.page()));
				HttpResponse<byte[]> answer = admin.post(form.action(), csrf, form.fields().toArray(String[]::new));
				String what = form.action() + " " + form.fields();
				softly.assertThat(answer.statusCode()).as(what).isIn(200, 302, 400, 403, 404, 409, 422);
				String html = PortalHttp.text(answer);
				nothingOfTheInside(softly, what, html);
				Document page = Jsoup.parse(html);
				for (String message : page.select("#error-summary li, .error, .field-error").eachText()) {
					softly.assertThat(message).as(what + ": a Thai message").containsPattern("[\\u0E00-\\u0E7F]");
				}
			}
		}
		// The sign-in form has text fields only; whatever they hold, the answer is the sign-in page again.
		for (String bad : NUMBERS) {
			RawHttp.Answer login = raw().get("/login");
			String cookie = login.header("Set-Cookie").orElseThrow().split(";")[0];
			String body = "_csrf=" + Jsoup.parse(login.text()).select("input[name=_csrf]").val() + "&username="
					+ URLEncoder.encode(bad, StandardCharsets.UTF_8) + "&password=" + bad.length()
					+ "&remember-me=" + URLEncoder.encode(bad, StandardCharsets.UTF_8);
			RawHttp.Answer answer = raw().send("POST", "/login", body.getBytes(StandardCharsets.UTF_8), "Cookie", cookie,
					"Content-Type", "application/x-www-form-urlencoded");
			softly.assertThat(answer.header("Location")).as("sign-in with " + bad).hasValue("/login?error");
			RawHttp.Answer again = raw().get("/login?error", "Cookie", cookie);
			nothingOfTheInside(softly, "sign-in with " + bad, again.text());
			softly.assertThat(Jsoup.parse(again.text()).select("#signin-error").text()).as("sign-in with " + bad)
				.containsPattern("[\\u0E00-\\u0E7F]");
		}
		softly.assertAll();
	}

	@Test
	void theWronglyTypedFieldsAreNamedInTheErrorSummary() throws Exception {
		PortalHttp admin = admin();
		String csrf = admin.csrf(admin.get("/staff/2566/oit/o1"));
		Document page = Jsoup.parse(PortalHttp.text(admin.post("/staff/2566/oit/o1", csrf, "status", "BOGUS",
				"unitIds", "abc", "version", "x", "progress", "ข้อความที่พิมพ์ไว้")));
		List<String> messages = page.select("#error-summary li").eachText();
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(messages).as("one message per wrongly typed field").hasSize(3);
		softly.assertThat(page.select("textarea#progress").text()).as("what was typed is kept")
			.isEqualTo("ข้อความที่พิมพ์ไว้");
		softly.assertThat(page.select("html").attr("lang")).isEqualTo("th");
		softly.assertAll();
	}

	@Test
	void aFileSentAsAPlainPartOfAnUploadIsAskedForAgain() throws Exception {
		PortalHttp admin = admin();
		String evidence = "/staff/2566/oit/o1/evidence";
		String csrf = admin.csrf(admin.get(evidence));
		String body = "--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
				+ "--XX\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nไฟล์\r\n"
				+ "--XX\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nnot a file at all\r\n--XX--\r\n";
		List<String> headers = new ArrayList<>(List.of("Cookie", admin.sessionCookie(), "Content-Type",
				"multipart/form-data; boundary=XX"));
		RawHttp.Answer answer = raw().send("POST", evidence + "/file", body.getBytes(StandardCharsets.UTF_8),
				headers.toArray(String[]::new));
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(answer.status()).isIn(200, 400, 422);
		nothingOfTheInside(softly, "file as a plain part", answer.text());
		softly.assertThat(Jsoup.parse(answer.text()).select("#error-summary li, .error, .field-error").eachText())
			.allSatisfy((message) -> softly.assertThat(message).containsPattern("[\\u0E00-\\u0E7F]"));
		softly.assertAll();
		softly.assertThat(this.jdbc.queryForObject("select count(*) from evidence", Integer.class)).isZero();
	}

}
