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
 * On a real Tomcat: every paged and numeric parameter at its extremes (huge, negative, not a
 * number), broken request bodies (a multipart POST without its boundary or cut short, a body
 * that is not URL-encoding) and direct requests for {@code /error} get the portal's Thai 4xx page
 * or the normal page (a page number clamped to the pages there are), never a 500.
 */
class ExtremeRequestsHttpTest extends HostileRequestsBase {

	static final List<String> NUMBERS = List.of("2147483647", "2147483648", "99999999", "-1", "-2147483648",
			"99999999999999999999", "abc", "", "1e3", "0x10", "%00", "1.5", "+1", "%E0%B9%91");

	static String q(String value) {
		return value.startsWith("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	void check(SoftAssertions softly, PortalHttp reader, String path, int lowest, int highest) throws Exception {
		HttpResponse<byte[]> answer = reader.get(path);
		portalPage(softly, path, answer.statusCode(), answer.body(), lowest, highest, "th");
	}

	@Test
	void pagedListsClampThePageNumber() throws Exception {
		PortalHttp admin = admin();
		SoftAssertions softly = new SoftAssertions();
		for (String value : NUMBERS) {
			check(softly, admin, "/staff/2566/history?page=" + q(value), 200, 400);
			check(softly, admin, "/staff/admin/audit?page=" + q(value), 200, 200);
		}
		for (String path : List.of("/staff/2566/history?page=2147483647", "/staff/admin/audit?page=99999999")) {
			// The last page there is, with its rows, not an empty page past the end.
			String page = PortalHttp.text(admin.get(path));
			softly.assertThat(Jsoup.parse(page).select("main table tbody tr")).as(path).isNotEmpty();
		}
		softly.assertAll();
	}

	@Test
	void everyNumericDateAndChoiceParameterAtItsExtremes() throws Exception {
		PortalHttp admin = admin();
		SoftAssertions softly = new SoftAssertions();
		for (String value : NUMBERS) {
			String v = q(value);
			check(softly, admin, "/staff/exports/download?year=" + v + "&format=pdf", 200, 404);
			check(softly, admin, "/staff/2566/history/measure/1?asOf=" + v, 200, 400);
			check(softly, admin, "/staff/exports/download?year=2566&format=" + v + "&digits=" + v, 200, 404);
			for (String id : List.of("/staff/2566/measures/", "/staff/admin/users/", "/staff/admin/units/",
					"/staff/2566/history/measure/", "/staff/2566/plans/", "/staff/evidence/", "/ita/2566/oit/o1/evidence/",
					"/staff/2566/oit/o1/evidence/")) {
				if (value.equals("%00")) {
					// A NUL in the path is refused by Tomcat before it picks an application, with its
					// own short page (see security/KindsOfAnswer): a 400 either way.
					softly.assertThat(admin.get(id + v).statusCode()).as(id + v).isEqualTo(400);
					continue;
				}
				check(softly, admin, id + v + (id.equals("/staff/evidence/") ? "/download"
						: id.equals("/staff/2566/oit/o1/evidence/") ? "/remove" : ""), 200, 404);
			}
		}
		for (String date : List.of("%2B999999999-12-31", "-999999999-01-01", "0000-01-01", "99999-01-01", "2566-13-45",
				"abc")) {
			check(softly, admin, "/staff/admin/audit?from=" + date, 200, 200);
			check(softly, admin, "/staff/admin/audit?to=" + date, 200, 200);
			check(softly, admin, "/staff/admin/audit?from=" + date + "&to=" + date, 200, 200);
			check(softly, admin, "/staff/2566/history/measure/1?asOf=" + date, 200, 400);
		}
		check(softly, admin, "/staff/admin/audit?action=BOGUS&user=" + "x".repeat(500), 200, 200);
		check(softly, admin, "/staff/exports/download?year=2566&format=pdf&drafts=maybe", 200, 400);
		softly.assertAll();
	}

	@Test
	void numericFieldsOfActionsAtTheirExtremes() throws Exception {
		PortalHttp admin = admin();
		String csrf = admin.csrf(admin.get("/staff/2566/measures"));
		Long measure = this.jdbc.queryForObject("select min(id) from measure", Long.class);
		Long user = this.jdbc.queryForObject("select id from users where username = 'demo.auditor'", Long.class);
		SoftAssertions softly = new SoftAssertions();
		for (String value : NUMBERS) {
			for (String[] action : List.of(new String[] { "/staff/2566/measures/" + measure + "/delete", "version" },
					new String[] { "/staff/2566/measures/" + measure + "/publish", "version" },
					new String[] { "/staff/2566/oit/o1/publish", "version" },
					new String[] { "/staff/2566/plans/1/publish", "version" },
					new String[] { "/staff/admin/users/" + user + "/disable", "version" },
					new String[] { "/staff/admin/users/" + user + "/enable", "version" },
					new String[] { "/staff/2566/measures/" + measure + "/move", "direction" })) {
				HttpResponse<byte[]> answer = admin.post(action[0], csrf, action[1], value);
				if (answer.statusCode() != 302) {
					portalPage(softly, action[0] + " " + action[1] + "=" + value, answer.statusCode(), answer.body(),
							400, 409, "th");
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void brokenMultipartBodiesGetA4xxPage() throws Exception {
		PortalHttp admin = admin();
		String csrf = admin.csrf(admin.get("/staff/2566/oit/o1/evidence"));
		String cookie = admin.sessionCookie();
		String part = "--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
				+ "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4 cut short";
		byte[] truncated = part.getBytes(StandardCharsets.UTF_8);
		SoftAssertions softly = new SoftAssertions();
		for (String path : List.of("/staff/2566/oit/o1/evidence/file", "/staff/2566/measures/new", "/staff/2566/oit/o1",
				"/login", "/ita/2566", "/staff/account/password")) {
			for (String csrfHeader : List.of("", csrf)) {
				String[] headers = { "Cookie", cookie, "X-CSRF-TOKEN", csrfHeader };
				portalPage(softly, path + ": no boundary", raw().send("POST", path, "abc".getBytes(StandardCharsets.UTF_8),
						concat(headers, "Content-Type", "multipart/form-data")), 400, 499);
				portalPage(softly, path + ": cut short", raw().send("POST", path, truncated,
						concat(headers, "Content-Type", "multipart/form-data; boundary=XX")), 400, 499);
				// No part at all is an empty form, not a broken one: the page answers as it does to one.
				RawHttp.Answer empty = raw().send("POST", path, "garbage\r\n\r\n".getBytes(StandardCharsets.UTF_8),
						concat(headers, "Content-Type", "multipart/form-data; boundary=XX"));
				softly.assertThat(empty.status()).as(path + ": no part").isBetween(200, 499);
				softly.assertThat(empty.text()).as(path + ": no part").doesNotContain(INSIDES);
				portalPage(softly, path + ": bad URL-encoding", raw().send("POST", path,
						("_csrf=" + csrf + "&a=%zz&b=%").getBytes(StandardCharsets.UTF_8),
						concat(headers, "Content-Type", "application/x-www-form-urlencoded")), 400, 499);
			}
		}
		portalPage(softly, "PUT of a form to a public page", raw().send("PUT", "/ita/2566",
				"a=%zz".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/x-www-form-urlencoded"), 400, 499);
		softly.assertAll();
		softly.assertThat(this.jdbc.queryForObject("select count(*) from evidence", Integer.class)).isZero();
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
			for (String path : List.of("/error", "/error?lang=en", "/error;x=1", "/error/", "/error.html")) {
				RawHttp.Answer answer = raw().send(method, path, "a=b".getBytes(StandardCharsets.UTF_8), "Content-Type",
						"application/x-www-form-urlencoded");
				portalPage(softly, method + " " + path, answer.status(), answer.body(), 404, 404,
						path.contains("lang=en") ? "en" : "th");
			}
		}
		softly.assertAll();
	}

	static String[] concat(String[] headers, String... more) {
		String[] all = new String[headers.length + more.length];
		System.arraycopy(headers, 0, all, 0, headers.length);
		System.arraycopy(more, 0, all, headers.length, more.length);
		return all;
	}

}
