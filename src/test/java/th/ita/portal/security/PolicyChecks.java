package th.ita.portal.security;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;

/**
 * The policies every answer must carry, read from the answer as a browser reads it, and what an
 * error page must never show.
 */
final class PolicyChecks {

	/** Stack traces, the server's and libraries' names, and SQL. */
	static final String[] LEAKS = { "at th.ita", "at org.", "Exception", ".java:", "Apache Tomcat", "Tomcat", "Spring",
			"Hibernate", "PostgreSQL", "SQL", "no_such_table", "Whitelabel" };

	private PolicyChecks() {
	}

	static void check(SoftAssertions softly, String kind, HttpResponse<byte[]> response, boolean https) {
		HttpHeaders headers = response.headers();
		List<String> policies = headers.allValues("Content-Security-Policy");
		softly.assertThat(policies).as(kind + ": one Content-Security-Policy").hasSize(1);
		List<String> policy = directives(policies.isEmpty() ? "" : policies.get(0));
		String scripts = directive(policy, "script-src");
		softly.assertThat((scripts != null) ? scripts : directive(policy, "default-src"))
			.as(kind + ": where scripts may come from")
			.isNotNull()
			.doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:");
		softly.assertThat(policy).as(kind).contains("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'");
		softly.assertThat(headers.allValues("Referrer-Policy")).as(kind).containsExactly("strict-origin-when-cross-origin");
		softly.assertThat(headers.allValues("X-Content-Type-Options")).as(kind).containsExactly("nosniff");
		if (https) {
			softly.assertThat(headers.allValues("Strict-Transport-Security")).as(kind + ": HSTS over HTTPS")
				.hasSize(1)
				.allMatch((hsts) -> hsts.matches("max-age=\\d{7,} ?; includeSubDomains"), "at least 1e7 s, subdomains too");
		}
		else {
			softly.assertThat(headers.allValues("Strict-Transport-Security")).as(kind + ": no HSTS over HTTP").isEmpty();
		}
		softly.assertThat(headers.allValues("Server")).as(kind + ": Server")
			.noneMatch((server) -> server.matches(".*(Tomcat|\\d).*"));
		softly.assertThat(headers.allValues("X-Powered-By")).as(kind).isEmpty();
	}

	/** The page gives no stack trace, no name or version of what runs it and no SQL; nor does its visible text. */
	static void revealsNothing(SoftAssertions softly, String kind, HttpResponse<byte[]> response) {
		String body = new String(response.body(), StandardCharsets.UTF_8);
		softly.assertThat(body).as(kind + ": the page").doesNotContain(LEAKS);
		softly.assertThat(Jsoup.parse(body).text()).as(kind + ": its text").doesNotContainIgnoringCase("select ")
			.doesNotContainIgnoringCase("exception")
			.doesNotContainIgnoringCase("tomcat");
	}

	static List<String> directives(String policy) {
		return Arrays.stream(policy.split(";")).map(String::strip).filter((directive) -> !directive.isEmpty()).toList();
	}

	private static String directive(List<String> policy, String name) {
		return policy.stream().filter((directive) -> directive.startsWith(name + " ")).findFirst().orElse(null);
	}

}
