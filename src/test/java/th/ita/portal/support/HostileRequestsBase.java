package th.ita.portal.support;

import java.nio.charset.StandardCharsets;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal on a real Tomcat with a database of its own, shared by the tests that send it what a
 * hostile visitor or a broken client sends: extreme and wrongly typed parameters, broken bodies,
 * direct requests for the error page. What comes back must be the portal's own page, never a 500,
 * and must not name a class, a package or an exception.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class HostileRequestsBase {

	/** What no page may show: Java's and the portal's package names, exceptions, Tomcat's own pages. */
	public static final String[] INSIDES = { "java.", "th.ita.", "org.springframework", "org.apache", "jakarta.",
			"Exception", "Failed to convert", "HTTP Status", "Whitelabel", "Tomcat", "NumberFormat", "ProgressStatus",
			"MultipartFile", "typeMismatch" };

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("hostile"));
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	protected PortalHttp anonymous() {
		return PortalHttp.on(this.port);
	}

	protected PortalHttp admin() throws Exception {
		return anonymous().signedInAs("demo.admin", "demo-admin-2566");
	}

	protected RawHttp raw() {
		return RawHttp.to(this.port);
	}

	/**
	 * Checks that an answer is one of the portal's own pages, in the expected language, with a
	 * status in the range given, and that it shows nothing of the inside.
	 */
	public static void portalPage(SoftAssertions softly, String what, int status, byte[] body, int lowest, int highest,
			String language) {
		String html = new String(body, StandardCharsets.UTF_8);
		softly.assertThat(status).as(what + ": status").isBetween(lowest, highest);
		Document page = Jsoup.parse(html);
		softly.assertThat(page.select("html").attr("lang")).as(what + ": the portal's page, in its language")
			.isEqualTo(language);
		softly.assertThat(page.select("h1").text()).as(what + ": a heading").isNotBlank();
		softly.assertThat(html).as(what + ": nothing of the inside").doesNotContain(INSIDES);
	}

	public static void portalPage(SoftAssertions softly, String what, RawHttp.Answer answer, int lowest, int highest) {
		portalPage(softly, what, answer.status(), answer.body(), lowest, highest, "th");
	}

}
