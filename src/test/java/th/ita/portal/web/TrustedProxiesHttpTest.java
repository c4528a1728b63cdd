package th.ita.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.connector.Connector;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import th.ita.portal.support.RawHttp;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real Tomcat (MockMvc never runs Tomcat's valves): X-Forwarded-For, -Proto, -Host and -Port
 * count only when the connection comes from a proxy named in {@code ita.trusted-proxies}. Here
 * that is 127.0.0.0/30 (so 127.0.0.1 and 127.0.0.2) and ::/127 (so ::1); 127.0.0.5, also on the
 * loopback interface, plays a visitor who forges the headers. What reaches the audit log, the
 * sign-in throttle, the session cookie and HSTS is checked, and a test endpoint shows what the
 * application sees of the request. The demo agency is the default one here (one agency, at any
 * address), so that the hosts a proxy forwards reach it rather than the unknown host's 404.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "ita.trusted-proxies=127.0.0.0/30, ::/127", "ita.default-agency=bangsaothong" })
@ActiveProfiles("test")
@Import({ TrustedProxiesHttpTest.RequestEcho.class, TrustedProxiesHttpTest.Ipv6Connector.class })
class TrustedProxiesHttpTest {

	static final String VISITOR = "127.0.0.5";

	static final String FORGED = "203.0.113.66";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("proxies"));
	}

	/** Shows what the application sees of a request. */
	@RestController
	static class RequestEcho {

		@GetMapping("/test/request")
		String echo(HttpServletRequest request) {
			return "remote=" + request.getRemoteAddr() + " secure=" + request.isSecure() + " scheme="
					+ request.getScheme() + " server=" + request.getServerName() + ":" + request.getServerPort();
		}

	}

	/** A second connector on ::1, so that a proxy can reach the portal over IPv6. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Ipv6Connector {

		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> ipv6Loopback() {
			return (factory) -> {
				Connector connector = new Connector();
				connector.setPort(0);
				connector.setProperty("address", "::1");
				factory.addAdditionalConnectors(connector);
			};
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ServletWebServerApplicationContext context;

	String echo(RawHttp http, String... headers) throws Exception {
		return http.get("/test/request", headers).text();
	}

	/** A failed sign-in through the form as the given peer; returns the address the audit log recorded. */
	String failedSignIn(RawHttp http, String username, String... headers) throws Exception {
		RawHttp.Answer login = http.get("/login", headers);
		String cookie = login.header("Set-Cookie").orElseThrow().split(";")[0];
		String csrf = Jsoup.parse(login.text()).select("input[name=_csrf]").val();
		String body = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&username=" + username
				+ "&password=wrong-password-1";
		String[] all = concat(headers, "Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded");
		RawHttp.Answer answer = http.send("POST", "/login", body.getBytes(StandardCharsets.UTF_8), all);
		assertThat(answer.status()).isEqualTo(302);
		return this.jdbc.queryForObject(
				"select remote_address from audit_log where username = ? order by id desc limit 1", String.class,
				username);
	}

	String lastSubject(String username) {
		return this.jdbc.queryForObject("select subject from audit_log where username = ? order by id desc limit 1",
				String.class, username);
	}

	static String[] concat(String[] headers, String... more) {
		String[] all = new String[headers.length + more.length];
		System.arraycopy(headers, 0, all, 0, headers.length);
		System.arraycopy(more, 0, all, headers.length, more.length);
		return all;
	}

	@Nested
	class FromAVisitorWhoIsNoProxy {

		RawHttp visitor() {
			return RawHttp.to(TrustedProxiesHttpTest.this.port).from(VISITOR);
		}

		@Test
		void forgedForwardedHeadersAreIgnoredNotRefused() throws Exception {
			RawHttp.Answer answer = visitor().get("/test/request", "X-Forwarded-For", FORGED, "X-Forwarded-Proto",
					"https", "X-Forwarded-Host", "evil.example", "X-Forwarded-Port", "8443");
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.text()).isEqualTo("remote=127.0.0.5 secure=false scheme=http server=127.0.0.1:"
					+ TrustedProxiesHttpTest.this.port);
		}

		@Test
		void theAuditLogRecordsThePeerNotTheForgedAddress() throws Exception {
			assertThat(failedSignIn(visitor(), "forger-one", "X-Forwarded-For", FORGED)).isEqualTo(VISITOR);
		}

		@Test
		void aNewForgedAddressForEachAttemptDoesNotEscapeTheThrottle() throws Exception {
			for (int i = 1; i <= 10; i++) {
				failedSignIn(visitor(), "sprayed-" + i, "X-Forwarded-For", "198.18.0." + i);
				assertThat(lastSubject("sprayed-" + i)).as("attempt %d", i).isNotEqualTo("throttled");
			}
			failedSignIn(visitor(), "sprayed-11", "X-Forwarded-For", "198.18.0.11");
			assertThat(lastSubject("sprayed-11")).isEqualTo("throttled");
		}

		@Test
		void otherForwardingHeadersAreNeverReadFromAnyone() throws Exception {
			String[] others = { "Forwarded", "for=203.0.113.9;proto=https;host=evil.example", "X-Real-IP", FORGED,
					"X-Client-IP", FORGED, "True-Client-IP", FORGED, "X-Forwarded-Ssl", "on", "Front-End-Https", "on",
					"X-Forwarded-Server", "evil.example", "X-Forwarded-Prefix", "/evil", "X-Url-Scheme", "https" };
			int port = TrustedProxiesHttpTest.this.port;
			assertThat(echo(visitor(), others))
				.isEqualTo("remote=127.0.0.5 secure=false scheme=http server=127.0.0.1:" + port);
			assertThat(echo(RawHttp.to(port), others))
				.isEqualTo("remote=127.0.0.1 secure=false scheme=http server=127.0.0.1:" + port);
		}

		@Test
		void aForgedProtoMakesNoSecureCookieAndNoHsts() throws Exception {
			RawHttp.Answer login = visitor().get("/login", "X-Forwarded-Proto", "https");
			assertThat(login.header("Set-Cookie").orElseThrow()).doesNotContainIgnoringCase("secure");
			assertThat(login.headers("Strict-Transport-Security")).isEmpty();
		}

	}

	@Nested
	class FromATrustedProxy {

		RawHttp proxy() {
			return RawHttp.to(TrustedProxiesHttpTest.this.port);
		}

		@Test
		void theClientAddressProtoHostAndPortAreTaken() throws Exception {
			assertThat(echo(proxy(), "X-Forwarded-For", "198.51.100.7", "X-Forwarded-Proto", "https",
					"X-Forwarded-Host", "ita.example.go.th", "X-Forwarded-Port", "8443"))
				.isEqualTo("remote=198.51.100.7 secure=true scheme=https server=ita.example.go.th:8443");
			assertThat(echo(proxy(), "X-Forwarded-Proto", "https"))
				.isEqualTo("remote=127.0.0.1 secure=true scheme=https server=127.0.0.1:443");
		}

		@Test
		void theAuditLogAndTheThrottleSeeTheClient() throws Exception {
			assertThat(failedSignIn(proxy(), "proxied-one", "X-Forwarded-For", "198.51.100.8")).isEqualTo("198.51.100.8");
			for (int i = 1; i <= 10; i++) {
				failedSignIn(proxy(), "proxied-guess-" + i, "X-Forwarded-For", "198.51.100.9");
			}
			failedSignIn(proxy(), "proxied-guess-11", "X-Forwarded-For", "198.51.100.9");
			assertThat(lastSubject("proxied-guess-11")).isEqualTo("throttled");
			// Another client behind the same proxy is not held back by the first one's failures.
			failedSignIn(proxy(), "proxied-other", "X-Forwarded-For", "198.51.100.10");
			assertThat(lastSubject("proxied-other")).isNotEqualTo("throttled");
		}

		@Test
		void overHttpsTheCookieIsSecureAndHstsIsSent() throws Exception {
			RawHttp.Answer login = proxy().get("/login", "X-Forwarded-Proto", "https");
			assertThat(login.header("Set-Cookie").orElseThrow()).containsIgnoringCase("secure");
			assertThat(login.headers("Strict-Transport-Security")).hasSize(1);
		}

		@Test
		void aChainIsReadFromTheRightUpToTheFirstAddressThatIsNoTrustedProxy() throws Exception {
			assertThat(echo(proxy(), "X-Forwarded-For", "203.0.113.1, 198.51.100.20, 127.0.0.2"))
				.startsWith("remote=198.51.100.20 ");
			assertThat(echo(proxy(), "X-Forwarded-For", "203.0.113.1", "X-Forwarded-For", "198.51.100.21"))
				.startsWith("remote=198.51.100.21 ");
		}

		@Test
		void whatIsNoAddressIsNeverTakenForOne() throws Exception {
			for (String forged : List.of("<script>", "evil.example", "198.51.100.300", "1.2.3.4:80", "unknown",
					"::1%lo", "")) {
				assertThat(echo(proxy(), "X-Forwarded-For", forged)).as(forged).startsWith("remote=127.0.0.1 ");
			}
			assertThat(echo(proxy(), "X-Forwarded-For", "198.51.100.30, <script>, 127.0.0.2"))
				.startsWith("remote=127.0.0.2 ");
			assertThat(echo(proxy(), "X-Forwarded-Proto", "gopher", "X-Forwarded-Host", "bad host/<x>",
					"X-Forwarded-Port", "99999"))
				.isEqualTo("remote=127.0.0.1 secure=false scheme=http server=127.0.0.1:" + TrustedProxiesHttpTest.this.port);
		}

		@Test
		void aProxyOnIpv6IsTrustedByItsRange() throws Exception {
			int ipv6Port = ((TomcatWebServer) TrustedProxiesHttpTest.this.context.getWebServer()).getTomcat()
				.getService()
				.findConnectors()[1].getLocalPort();
			RawHttp proxy = RawHttp.to("::1", ipv6Port);
			assertThat(echo(proxy)).startsWith("remote=0:0:0:0:0:0:0:1 ");
			assertThat(echo(proxy, "X-Forwarded-For", "2001:db8::7", "X-Forwarded-Proto", "https"))
				.startsWith("remote=2001:db8:0:0:0:0:0:7 secure=true scheme=https");
		}

	}

}
