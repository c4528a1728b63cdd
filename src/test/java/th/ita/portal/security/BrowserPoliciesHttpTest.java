package th.ita.portal.security;

import java.net.http.HttpResponse;
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
import th.ita.portal.web.cache.PublicPageCache;

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

	KindsOfAnswer kinds() {
		return new KindsOfAnswer(this.cache, this.jdbc, evidence);
	}

	PortalHttp reader(boolean https) {
		PortalHttp reader = PortalHttp.on(this.port);
		return https ? reader.overHttps() : reader;
	}

	@ParameterizedTest(name = "over HTTPS: {0}")
	@ValueSource(booleans = { false, true })
	void everyKindOfAnswerCarriesTheBrowserPolicies(boolean https) throws Exception {
		Map<String, HttpResponse<byte[]>> answers = kinds().all(reader(https));
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
		for (KindsOfAnswer.Failure failure : kinds().failures(reader)) {
			Document page = Jsoup.parse(text(failure.response()));
			String heading = this.messages.getMessage(failure.headingKey(), null, locale);
			softly.assertThat(page.select("html").attr("lang")).as(failure.kind()).isEqualTo(language);
			softly.assertThat(page.select("h1, #conflict-h").eachText()).as(failure.kind()).contains(heading);
			PolicyChecks.revealsNothing(softly, failure.kind(), failure.response());
		}
		kinds().refusals(reader).forEach((kind, response) -> PolicyChecks.revealsNothing(softly, kind, response));
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

}
