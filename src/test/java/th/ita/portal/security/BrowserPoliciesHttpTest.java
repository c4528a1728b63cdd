package th.ita.portal.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.ita.portal.support.PortalHttp;
import th.ita.portal.support.TestDatabase;
import th.ita.portal.web.PublicPageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static th.ita.portal.support.PortalHttp.text;

/**
 * On a real Tomcat, every kind of answer the portal gives carries the browser policies: public
 * pages rendered and from the page cache, 304s, static files, evidence files, staff pages, exports,
 * the sign-in page, redirects and every error page, a 500 included. HSTS comes over HTTPS (through
 * the proxy's {@code X-Forwarded-Proto}) and never over plain HTTP. Error pages are the portal's
 * own and give nothing of its inside away; Actuator shows health alone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestPages.class)
class BrowserPoliciesHttpTest {

	static final String[] PUBLIC_PAGES = { "/", "/ita/2566", "/ita/2566/oit", "/ita/2566/oit/o12",
			"/ita/2566/measures" };

	@DynamicPropertySource
	static void ownDatabaseAndStorage(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("policies"));
		registry.add("ita.storage-dir", TestPages.STORAGE::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	PublicPageCache cache;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	static PublishedEvidence evidence;

	@BeforeEach
	void evidenceIsPublished() throws Exception {
		if (evidence == null) {
			evidence = PublishedEvidence.publish(PortalHttp.on(this.port), this.jdbc);
		}
	}

	PortalHttp reader(boolean https) {
		PortalHttp reader = PortalHttp.on(this.port);
		return https ? reader.overHttps() : reader;
	}

	@ParameterizedTest(name = "over HTTPS: {0}")
	@ValueSource(booleans = { false, true })
	void everyKindOfAnswerCarriesTheBrowserPolicies(boolean https) throws Exception {
		Map<String, HttpResponse<byte[]>> answers = everyKindOfAnswer(reader(https));
		SoftAssertions softly = new SoftAssertions();
		answers.forEach((kind, response) -> PolicyChecks.check(softly, kind, response, https));
		softly.assertAll();
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "th", "en" })
	void errorPagesAreThePortalsOwnAndRevealNothing(String language) throws Exception {
		PortalHttp reader = "en".equals(language) ? reader(false).inEnglish() : reader(false);
		Locale locale = Locale.forLanguageTag(language);
		SoftAssertions softly = new SoftAssertions();
		for (Failure failure : failures(reader)) {
			Document page = Jsoup.parse(text(failure.response()));
			String heading = this.messages.getMessage(failure.headingKey(), null, locale);
			softly.assertThat(page.select("html").attr("lang")).as(failure.kind()).isEqualTo(language);
			softly.assertThat(page.select("h1, #conflict-h").eachText()).as(failure.kind()).contains(heading);
			PolicyChecks.revealsNothing(softly, failure.kind(), failure.response());
		}
		softly.assertAll();
	}

	@Test
	void uploadedFilesAreSandboxedNeverSniffedAndSayHowToOpen() throws Exception {
		PortalHttp auditor = reader(false).signedInAs(PublishedEvidence.AUDITOR, PublishedEvidence.AUDITOR_PASSWORD);
		HttpResponse<byte[]> publicPdf = reader(false).get(evidence.publicPdf());
		String etag = publicPdf.headers().firstValue("ETag").orElseThrow();
		Map<String, HttpResponse<byte[]>> files = Map.of("public PDF", publicPdf, "public DOCX",
				reader(false).get(evidence.publicDocx()), "staff PDF", auditor.get(evidence.staffPdf()), "staff DOCX",
				auditor.get(evidence.staffDocx()), "304 of the public PDF",
				reader(false).get(evidence.publicPdf(), "If-None-Match", etag));
		files.forEach((kind, response) -> {
			assertThat(response.statusCode()).as(kind).isEqualTo(kind.startsWith("304") ? 304 : 200);
			if (response.statusCode() == 200) {
				assertThat(response.headers().firstValue("Content-Disposition")).as(kind)
					.hasValueSatisfying((disposition) -> assertThat(disposition)
						.startsWith(kind.endsWith("PDF") ? "inline;" : "attachment;")
						.contains("filename="));
			}
			assertThat(response.headers().allValues("X-Content-Type-Options")).as(kind).containsExactly("nosniff");
			String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
			assertThat(PolicyChecks.directives(policy)).as(kind)
				.contains("sandbox", "default-src 'none'", "object-src 'none'", "base-uri 'none'",
						"frame-ancestors 'none'");
		});
	}

	@Test
	void actuatorShowsHealthAndNothingElse() throws Exception {
		HttpResponse<byte[]> health = reader(false).get("/actuator/health", "Accept", "application/json");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(text(health)).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
		for (String endpoint : new String[] { "/actuator/env", "/actuator/beans", "/actuator/metrics",
				"/actuator/info", "/actuator/loggers", "/actuator/heapdump", "/actuator/threaddump",
				"/actuator/mappings", "/actuator/configprops", "/actuator/prometheus", "/actuator/env/PATH" }) {
			assertThat(reader(false).get(endpoint, "Accept", "application/json").statusCode()).as(endpoint)
				.isEqualTo(404);
		}
		assertThat(text(reader(false).get("/actuator", "Accept", "application/json"))).contains("health")
			.doesNotContain("env", "beans", "metrics", "info");
	}

	/** Each kind of answer by name, each checked to be what makes it that kind (a 304 is a 304). */
	Map<String, HttpResponse<byte[]>> everyKindOfAnswer(PortalHttp reader) throws Exception {
		Answers answers = new Answers();
		this.cache.clear();
		String etag = null;
		for (String page : PUBLIC_PAGES) {
			answers.add(page + " rendered", 200, reader.get(page));
			int reached = TestPages.REACHED_FILTERS.get();
			HttpResponse<byte[]> cached = answers.add(page + " from the page cache", 200, reader.get(page));
			etag = cached.headers().firstValue("ETag").orElseThrow();
			answers.add(page + " 304 from the page cache", 304, reader.get(page, "If-None-Match", etag));
			assertThat(TestPages.REACHED_FILTERS.get()).as(page + ": answered by the page cache's valve").isEqualTo(reached);
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
		answers.add("public PDF evidence, inline", 200, reader.get(evidence.publicPdf()));
		String fileTag = answers.last().headers().firstValue("ETag").orElseThrow();
		answers.add("304 of public evidence", 304, reader.get(evidence.publicPdf(), "If-None-Match", fileTag));
		answers.add("public DOCX evidence, attachment", 200, reader.get(evidence.publicDocx()));
		PortalHttp auditor = reader.signedInAs(PublishedEvidence.AUDITOR, PublishedEvidence.AUDITOR_PASSWORD);
		answers.add("staff page, signed in", 200, auditor.get("/staff/2566"));
		answers.add("staff PDF evidence", 200, auditor.get(evidence.staffPdf()));
		answers.add("staff DOCX evidence", 200, auditor.get(evidence.staffDocx()));
		answers.add("PDF export", 200, auditor.get("/staff/exports/2566.pdf"));
		for (Failure failure : failures(reader)) {
			answers.add(failure.kind(), failure.response().statusCode(), failure.response());
		}
		return answers.all;
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
		return failures;
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
