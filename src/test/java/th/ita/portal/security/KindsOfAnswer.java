package th.ita.portal.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import th.ita.portal.support.PortalHttp;
import th.ita.portal.web.cache.PublicPageCache;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fetches one of each kind of answer the portal gives a reader, and checks each is what makes it
 * that kind (a 304 is a 304, a cached page came from the page cache's valve).
 */
final class KindsOfAnswer {

	static final String[] PUBLIC_PAGES = { "/", "/ita/2566", "/ita/2566/oit", "/ita/2566/oit/o12",
			"/ita/2566/measures" };

	private final PublicPageCache cache;

	private final JdbcTemplate jdbc;

	private final PublishedEvidence evidence;

	KindsOfAnswer(PublicPageCache cache, JdbcTemplate jdbc, PublishedEvidence evidence) {
		this.cache = cache;
		this.jdbc = jdbc;
		this.evidence = evidence;
	}

	/** Each kind of answer by name, each checked to be what makes it that kind (a 304 is a 304). */
	Map<String, HttpResponse<byte[]>> all(PortalHttp reader) throws Exception {
		Answers answers = new Answers();
		this.cache.clear();
		String etag = null;
		for (String page : PUBLIC_PAGES) {
			answers.add(page + " rendered", 200, reader.get(page));
			int reached = TestPages.REACHED_FILTERS.get();
			HttpResponse<byte[]> cached = answers.add(page + " from the page cache", 200, reader.get(page));
			etag = cached.headers().firstValue("ETag").orElseThrow();
			answers.add(page + " 304 from the page cache", 304, reader.get(page, "If-None-Match", etag));
			assertThat(TestPages.REACHED_FILTERS.get()).as(page + ": answered by the page cache's valve")
				.isEqualTo(reached);
		}
		this.cache.clear();
		answers.add("304 of a public page from the application", 304,
				reader.get(PUBLIC_PAGES[PUBLIC_PAGES.length - 1], "If-None-Match", etag));
		answers.add("sign-in page", 200, reader.get("/login"));
		answers.add("redirect to sign in", 302, reader.get("/staff"));
		answers.add("stylesheet", 200, reader.get("/css/portal.css"));
		answers.add("font", 200, reader.get("/fonts/Sarabun-Regular.ttf"));
		String modified = answers.last().headers().firstValue("Last-Modified").orElseThrow();
		answers.add("304 of a font", 304, reader.get("/fonts/Sarabun-Regular.ttf", "If-Modified-Since", modified));
		answers.add("health", 200, reader.get("/actuator/health"));
		answers.add("public PDF evidence, inline", 200, reader.get(this.evidence.publicPdf()));
		String fileTag = answers.last().headers().firstValue("ETag").orElseThrow();
		answers.add("304 of public evidence", 304, reader.get(this.evidence.publicPdf(), "If-None-Match", fileTag));
		answers.add("public DOCX evidence, attachment", 200, reader.get(this.evidence.publicDocx()));
		PortalHttp auditor = reader.signedInAs(PublishedEvidence.AUDITOR, PublishedEvidence.AUDITOR_PASSWORD);
		answers.add("staff page, signed in", 200, auditor.get("/staff/2566"));
		answers.add("staff PDF evidence", 200, auditor.get(this.evidence.staffPdf()));
		answers.add("staff DOCX evidence", 200, auditor.get(this.evidence.staffDocx()));
		answers.add("PDF export", 200, auditor.get("/staff/exports/2566.pdf"));
		for (Failure failure : failures(reader)) {
			answers.add(failure.kind(), failure.response().statusCode(), failure.response());
		}
		refusals(reader).forEach((kind, response) -> answers.all.put(kind, response));
		return answers.all;
	}

	/** An address Tomcat refuses before it picks an application: Tomcat's own short page answers it. */
	Map<String, HttpResponse<byte[]>> refusals(PortalHttp reader) throws Exception {
		return Map.of("400 of an address Tomcat refuses", expect(400, reader.get("/ita%2F2566/oit")));
	}

	/** Every kind of error a reader can meet, with the heading of the page that explains it. */
	List<Failure> failures(PortalHttp reader) throws Exception {
		List<Failure> failures = new ArrayList<>();
		failures.add(Failure.expect("404 of a path nobody maps", 404, "error.404.title", reader.get("/no/such/page")));
		failures.add(Failure.expect("404 of a year with no report", 404, "error.404.title", reader.get("/ita/2599")));
		failures.add(Failure.expect("405 of a DELETE", 405, "error.generic.title",
				reader.send("DELETE", "/ita/2566/oit")));
		failures.add(Failure.expect("405 of a POST to a public page", 405, "error.generic.title",
				reader.post("/", null)));
		PortalHttp palad = reader.signedInAs(StaleEdits.EDITOR, StaleEdits.EDITOR_PASSWORD);
		StaleEdits stale = new StaleEdits(palad, this.jdbc);
		failures.add(Failure.expect("403 of an editor's POST to an admin page", 403, "error.403.title",
				stale.postToAdminPage()));
		failures.add(Failure.expect("409 of a stale save", 409, "staff.conflict.title", stale.staleSave()));
		PortalHttp admin = reader.signedInAs(StaleEdits.ADMIN, StaleEdits.ADMIN_PASSWORD);
		failures.add(Failure.expect("409 of a stale delete", 409, "error.409.title",
				new StaleEdits(admin, this.jdbc).staleDelete()));
		failures.add(Failure.expect("500 of a failed query", 500, "error.5xx.title", reader.get(TestPages.BROKEN)));
		failures.add(Failure.expect("400 of an address the firewall refuses", 400, "error.generic.title",
				reader.get("/ita/2566/oit;jsessionid=x")));
		failures.add(Failure.expect("405 of a TRACE, refused by Tomcat", 405, "error.generic.title",
				reader.send("TRACE", "/ita/2566")));
		return failures;
	}

	static HttpResponse<byte[]> expect(int status, HttpResponse<byte[]> response) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
		return response;
	}

	record Failure(String kind, String headingKey, HttpResponse<byte[]> response) {

		static Failure expect(String kind, int status, String headingKey, HttpResponse<byte[]> response) {
			assertThat(response.statusCode()).as(kind).isEqualTo(status);
			return new Failure(kind, headingKey, response);
		}

	}

	static final class Answers {

		final Map<String, HttpResponse<byte[]>> all = new LinkedHashMap<>();

		private HttpResponse<byte[]> last;

		HttpResponse<byte[]> add(String kind, int status, HttpResponse<byte[]> response) {
			assertThat(response.statusCode()).as(kind).isEqualTo(status);
			this.all.put(kind, response);
			this.last = response;
			return response;
		}

		HttpResponse<byte[]> last() {
			return this.last;
		}

	}

}
