package th.ita.portal.evidence;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
 * Through a real Tomcat, which parses the upload before the portal sees it: an upload over the
 * servlet container's limit gets the evidence page again with a message that names the limit, not
 * a reset connection, a 403 or a 500; and a file name as a hostile client may write it in the
 * multipart headers (raw NUL bytes, percent-encoded NUL and bidi controls, broken encodings,
 * folders, thousands of characters) is kept clean or refused with a message, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ita.upload.max-size=64KB", "ita.storage-dir=target/test-storage-oversize" })
@ActiveProfiles("test")
class EvidenceUploadHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	@AfterEach
	void removeEvidence() {
		this.jdbc.update("delete from evidence");
	}

	/** Signs the test editor in and answers the upload form's action and CSRF token. */
	String[] uploadForm() throws Exception {
		Long unit = this.jdbc.queryForObject("select id from unit where name = 'สำนักปลัด'", Long.class);
		this.http.send(HttpRequest.newBuilder(URI.create(url("/test-sign-in?unit=" + unit)))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.discarding());
		Document page = Jsoup.parse(get("/staff/2566/oit/o1/evidence").body());
		return new String[] { page.selectFirst("form[enctype=multipart/form-data]").attr("action"),
				page.selectFirst("form[enctype=multipart/form-data] input[name=_csrf]").val() };
	}

	static Stream<Arguments> fileNameParameters() {
		return Stream.of(Arguments.of("raw NUL", bytes("filename=\"a\u0000b.pdf\"")),
				Arguments.of("raw NUL alone", bytes("filename=\"\u0000\"")),
				Arguments.of("encoded NUL", bytes("filename*=UTF-8''a%00b.pdf")),
				Arguments.of("encoded bidi override", bytes("filename*=UTF-8''%E2%80%AEfdp.exe")),
				Arguments.of("raw bidi override", bytes("filename=\"\u202Efdp.exe\"")),
				Arguments.of("raw control characters", bytes("filename=\"a\u0001\u001b[31m\u007f.pdf\"")),
				Arguments.of("broken percent-encoding", bytes("filename*=UTF-8''%ZZ%E2.pdf")),
				Arguments.of("unknown charset", bytes("filename*=NO-SUCH-CHARSET''x.pdf")),
				Arguments.of("unterminated quote", bytes("filename=\"x.pdf")),
				Arguments.of("empty name", bytes("filename=\"\"")),
				Arguments.of("only dots", bytes("filename=\"..\"")),
				Arguments.of("Windows path", bytes("filename=\"..\\..\\x.pdf\"")),
				Arguments.of("invalid UTF-8", new byte[] { 'f', 'i', 'l', 'e', 'n', 'a', 'm', 'e', '=', '"', (byte) 0xff,
						(byte) 0xc0, '.', 'p', 'd', 'f', '"' }),
				Arguments.of("5,000 Thai characters", bytes("filename=\"" + "ก".repeat(5000) + ".pdf\"")),
				Arguments.of("5,000 encoded Thai characters",
						bytes("filename*=UTF-8''" + "%E0%B8%81".repeat(5000) + ".pdf")));
	}

	/** A Thai name as long as agencies write them: 200 characters, 600 bytes in UTF-8. */
	@Test
	void aLongThaiNameIsKept() throws Exception {
		String name = "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ "
				+ "ขององค์การบริหารส่วนตำบลบางเสาธง อำเภอบางเสาธง จังหวัดสมุทรปราการ ";
		name = (name + name).substring(0, 200).strip() + ".pdf";
		String[] form = uploadForm();
		HttpResponse<String> answer = postFile(form[0], form[1], bytes("filename=\"" + name + "\""), TestFiles.pdf());
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select original_name from evidence", String.class)).isEqualTo(name);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fileNameParameters")
	void aHostileFileNameIsKeptCleanOrRefusedWithAMessage(String label, byte[] parameter) throws Exception {
		String[] form = uploadForm();
		HttpResponse<String> answer = postFile(form[0], form[1], parameter, TestFiles.pdf());

		assertThat(answer.statusCode()).as(label).isIn(302, 400, 422);
		int rows = this.jdbc.queryForObject("select count(*) from evidence", Integer.class);
		if (rows == 1) {
			assertThat(answer.statusCode()).as(label).isEqualTo(302);
			String name = this.jdbc.queryForObject("select original_name from evidence", String.class);
			assertThat(name).as(label).doesNotContainPattern("[\\p{Cf}\\p{Cc}/\\\\]").endsWith(".pdf")
				.hasSizeLessThanOrEqualTo(255);
			return;
		}
		// Refused: the evidence page (at once, or after the redirect) says why.
		assertThat(rows).as(label).isZero();
		String page = (answer.statusCode() == 302) ? get(URI.create(answer.headers().firstValue("Location").orElseThrow()).getPath()).body()
				: answer.body();
		assertThat(Jsoup.parse(page).getElementById("file-error").text()).as(label).contains("ชื่อไฟล์");
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void anOversizeUploadGetsThePageWithTheLimitAndASmallOneIsKept() throws Exception {
		String[] form = uploadForm();
		String action = form[0];
		String token = form[1];

		HttpResponse<String> answer = postFile(action, token, new byte[3 * 1024 * 1024]);

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/staff/2566/oit/o1/evidence");
		Document again = Jsoup.parse(get("/staff/2566/oit/o1/evidence").body());
		assertThat(again.getElementById("file-error").text()).contains("ไฟล์ใหญ่เกินไป").contains("64 กิโลไบต์");
		assertThat(this.jdbc.queryForObject("select count(*) from evidence", Integer.class)).isZero();

		HttpResponse<String> small = postFile(action, token, TestFiles.pdf());
		assertThat(small.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from evidence", Integer.class)).isOne();
	}

	HttpResponse<String> postFile(String action, String token, byte[] content) throws Exception {
		return postFile(action, token, bytes("filename=\"big.pdf\""), content);
	}

	/** A multipart upload whose file part names the file with the given raw parameter bytes. */
	HttpResponse<String> postFile(String action, String token, byte[] fileNameParameter, byte[] content)
			throws Exception {
		String boundary = "----ita" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; ").getBytes(StandardCharsets.UTF_8));
		body.write(fileNameParameter);
		body.write("\r\nContent-Type: application/pdf\r\n\r\n".getBytes(StandardCharsets.UTF_8));
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
