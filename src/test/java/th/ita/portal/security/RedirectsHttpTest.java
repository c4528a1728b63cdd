package th.ita.portal.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.ita.portal.support.RawHttp;
import th.ita.portal.support.StaffUsers;
import th.ita.portal.support.TestDatabase;
import th.ita.portal.user.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real Tomcat (which is what turns a relative redirect into an absolute one), every redirect
 * the portal makes is a path on this site, whatever the request's {@code Host} says, and whatever
 * {@code X-Forwarded-Host} a trusted proxy passes on: Spring Security's sign-in entry point, the
 * saved request after sign-in, sign-in failures, sign-out, the password-change filter and
 * sign-in, controllers' {@code redirect:}, the permanent item-code redirect and Tomcat's own. The
 * demo agency is the default one here, as in a deployment of one agency, so that a forged Host
 * reaches it rather than the unknown host's 404.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "ita.default-agency=bangsaothong")
@ActiveProfiles("test")
class RedirectsHttpTest {

	static final String PASSWORD = "redirect-test-password";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("redirects"));
	}

	@LocalServerPort
	int port;

	@Autowired
	StaffUsers staff;

	@Autowired
	JdbcTemplate jdbc;

	/** A browser whose requests carry a forged Host, or a forged X-Forwarded-Host through the (trusted) proxy. */
	final class Visitor {

		final RawHttp http = RawHttp.to(RedirectsHttpTest.this.port);

		final String[] forged;

		final List<String> locations = new ArrayList<>();

		String cookie;

		Visitor(String how) {
			this.forged = "host".equals(how) ? new String[] { "Host", "evil.example" }
					: new String[] { "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https",
							"X-Forwarded-Port", "443" };
		}

		RawHttp.Answer get(String path) throws Exception {
			return keep(this.http.send("GET", path, null, headers()));
		}

		RawHttp.Answer post(String path, String... fields) throws Exception {
			String token = Jsoup.parse(get(path.startsWith("/logout") ? "/staff/2566" : csrfPage(path)).text())
				.select("input[name=_csrf]")
				.val();
			StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
			for (int i = 0; i < fields.length; i += 2) {
				body.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
			}
			List<String> headers = new ArrayList<>(List.of(headers()));
			headers.addAll(List.of("Content-Type", "application/x-www-form-urlencoded"));
			return keep(this.http.send("POST", path, body.toString().getBytes(StandardCharsets.UTF_8),
					headers.toArray(String[]::new)));
		}

		private String csrfPage(String path) {
			return path.equals("/login") ? "/login" : "/staff/2566/measures";
		}

		private String[] headers() {
			List<String> headers = new ArrayList<>(List.of(this.forged));
			if (this.cookie != null) {
				headers.addAll(List.of("Cookie", this.cookie));
			}
			return headers.toArray(String[]::new);
		}

		private RawHttp.Answer keep(RawHttp.Answer answer) {
			answer.header("Set-Cookie")
				.filter((cookie) -> cookie.startsWith("JSESSIONID="))
				.ifPresent((cookie) -> this.cookie = cookie.split(";")[0]);
			answer.header("Location").ifPresent(this.locations::add);
			return answer;
		}

		String location(RawHttp.Answer answer) {
			assertThat(answer.status()).isBetween(300, 399);
			return answer.header("Location").orElseThrow();
		}

	}

	@ParameterizedTest(name = "forged {0}")
	@ValueSource(strings = { "host", "x-forwarded-host" })
	void everyRedirectIsAPathOnThisSite(String how) throws Exception {
		Visitor visitor = new Visitor(how);
		// Spring Security's entry point, for a page and for the staff home with its trailing slash.
		assertThat(visitor.location(visitor.get("/staff/2566/measures"))).isEqualTo("/login");
		assertThat(visitor.location(new Visitor(how).get("/staff/"))).isEqualTo("/login");
		// A failed sign-in, then the saved request after signing in.
		assertThat(visitor.location(visitor.post("/login", "username", "demo.admin", "password", "wrong")))
			.isEqualTo("/login?error");
		visitor.get("/staff/2566/measures");
		assertThat(visitor.location(visitor.post("/login", "username", "demo.admin", "password", "demo-admin-2566")))
			.isEqualTo("/staff/2566/measures?continue");
		// Controllers' redirect: the staff home, moving a measure.
		assertThat(visitor.location(visitor.get("/staff"))).isEqualTo("/staff/2566");
		Long measure = this.jdbc.queryForObject("select min(id) from measure", Long.class);
		assertThat(visitor.location(visitor.post("/staff/2566/measures/" + measure + "/move", "direction", "down")))
			.isEqualTo("/staff/2566/measures#measure-" + measure);
		// Signing out.
		assertThat(visitor.location(visitor.post("/logout"))).isEqualTo("/login?logout");
		// The permanent link of an item code as printed, and paths Tomcat might redirect itself.
		assertThat(visitor.location(visitor.get("/ita/2566/oit/O12"))).isEqualTo("/ita/2566/oit/o12");
		for (String path : List.of("/css", "/fonts", "/ita", "/staff/2566/oit/", "/WEB-INF", "/META-INF")) {
			visitor.get(path);
		}
		assertThat(visitor.locations).isNotEmpty()
			.allSatisfy((location) -> assertThat(location).startsWith("/")
				.doesNotStartWith("//")
				.doesNotContain("evil", "\\", "http:", "https:"));
	}

	@ParameterizedTest(name = "forged {0}")
	@ValueSource(strings = { "host", "x-forwarded-host" })
	void whoMustChangeTheirPasswordIsSentThereOnThisSite(String how) throws Exception {
		String name = this.staff.create("must-change", PASSWORD, Role.EDITOR);
		this.jdbc.update("update users set must_change_password = true where username = ?", name);
		Visitor visitor = new Visitor(how);
		assertThat(visitor.location(visitor.post("/login", "username", name, "password", PASSWORD)))
			.isEqualTo("/staff/account/password");
		// The password-change filter, on every other staff page.
		assertThat(visitor.location(visitor.get("/staff/2566/oit"))).isEqualTo("/staff/account/password");
	}

}
