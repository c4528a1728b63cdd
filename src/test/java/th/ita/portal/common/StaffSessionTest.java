package th.ita.portal.common;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.ita.portal.support.SessionCookie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff sign-in on a real Tomcat: the session cookie is HttpOnly and SameSite=Lax, Secure when
 * the request came through a trusted HTTPS proxy (the tests' 127.0.0.1, {@code X-Forwarded-Proto})
 * and only then, its id changes at sign-in, and the session ends after 30 idle minutes.
 */
class StaffSessionTest extends RealTomcatTestBase {

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest(name = "over HTTPS: {0}")
	@ValueSource(booleans = { false, true })
	void theSessionCookieIsHttpOnlyLaxSecureOnlyOverHttpsAndLasts30IdleMinutes(boolean https) throws Exception {
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).GET(), https, null);
		String before = sessionCookie(login);
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=demo.auditor&password=demo-auditor-2566&_csrf="
					+ URLEncoder.encode(Jsoup.parse(login.body()).select("input[name=_csrf]").val(), StandardCharsets.UTF_8))),
				https, before.substring(0, before.indexOf(';')));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				(to) -> assertThat(to).doesNotContain("error"));
		String after = sessionCookie(signedIn);
		assertThat(id(after)).as("a new session id at sign-in").isNotEqualTo(id(before));
		for (String cookie : List.of(before, after)) {
			List<String> attributes = attributes(cookie);
			assertThat(attributes).as(cookie).contains("httponly", "samesite=lax");
			if (https) {
				assertThat(attributes).as(cookie).contains("secure");
			}
			else {
				assertThat(attributes).as(cookie).doesNotContain("secure");
			}
		}
		// The session is a row in PostgreSQL (Spring Session JDBC), whichever instance made it.
		Integer maxInactive = this.jdbc.queryForObject(
				"select max_inactive_interval from spring_session where session_id = ?", Integer.class,
				SessionCookie.sessionId(id(after)));
		assertThat(maxInactive).as("seconds idle before the signed-in session ends").isEqualTo(30 * 60);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, boolean https, String cookie) throws Exception {
		request.header("Accept", "text/html");
		if (https) {
			request.header("X-Forwarded-Proto", "https");
		}
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}


	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter((c) -> c.startsWith("JSESSIONID=")).findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	private static String id(String cookie) {
		return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
	}

	private static List<String> attributes(String cookie) {
		return Arrays.stream(cookie.split(";")).skip(1).map((a) -> a.strip().toLowerCase(Locale.ROOT)).toList();
	}


}
