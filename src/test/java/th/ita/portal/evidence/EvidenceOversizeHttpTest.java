package th.ita.portal.evidence;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import th.ita.portal.user.Role;
import th.ita.portal.user.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through a real Tomcat: an upload over the servlet container's limit gets the evidence page
 * again with a message that names the limit, not a reset connection, a 403 or a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ita.upload.max-size=1KB", "ita.storage-dir=target/test-storage-oversize" })
@ActiveProfiles("test")
class EvidenceOversizeHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	@Test
	void anOversizeUploadGetsThePageWithTheLimitAndASmallOneIsKept() throws Exception {
		Long unit = this.jdbc.queryForObject("select id from unit where name = 'สำนักปลัด'", Long.class);
		this.http.send(HttpRequest.newBuilder(URI.create(url("/test-sign-in?unit=" + unit)))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.discarding());
		Document page = Jsoup.parse(get("/staff/2566/oit/o1/evidence").body());
		String action = page.selectFirst("form[enctype=multipart/form-data]").attr("action");
		String token = page.selectFirst("form[enctype=multipart/form-data] input[name=_csrf]").val();

		HttpResponse<String> answer = postFile(action, token, new byte[3 * 1024 * 1024]);

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/staff/2566/oit/o1/evidence");
		Document again = Jsoup.parse(get("/staff/2566/oit/o1/evidence").body());
		assertThat(again.getElementById("file-error").text()).contains("ไฟล์ใหญ่เกินไป").contains("1 กิโลไบต์");
		assertThat(this.jdbc.queryForObject("select count(*) from evidence", Integer.class)).isZero();

		HttpResponse<String> small = postFile(action, token, TestFiles.pdf());
		assertThat(small.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from evidence", Integer.class)).isOne();
		this.jdbc.update("delete from evidence");
	}

	HttpResponse<String> postFile(String action, String token, byte[] content) throws Exception {
		String boundary = "----ita" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create(url(action)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Signs a test editor in for the real server; exists only in this test. */
	@TestConfiguration(proxyBeanMethods = false)
	static class TestSignIn {

		@Bean
		@Order(0)
		SecurityFilterChain testSignInChain(HttpSecurity http) throws Exception {
			http.securityMatcher("/test-sign-in")
				.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
				.csrf(csrf -> csrf.disable());
			return http.build();
		}

		@Bean
		SignInController testSignInController() {
			return new SignInController();
		}

	}

	@RestController
	static class SignInController {

		@PostMapping("/test-sign-in")
		String signIn(HttpServletRequest request, HttpServletResponse response) {
			long unit = Long.parseLong(request.getParameter("unit"));
			StaffPrincipal editor = new StaffPrincipal(200L, "http-editor", "ผู้แก้ไข", "{noop}x", true, false,
					Set.of(Role.EDITOR), Set.of(unit));
			var context = new SecurityContextImpl(
					UsernamePasswordAuthenticationToken.authenticated(editor, null, editor.getAuthorities()));
			new HttpSessionSecurityContextRepository().saveContext(context, request, response);
			return "ok";
		}

	}

}
