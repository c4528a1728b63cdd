package th.ita.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import th.ita.portal.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real Tomcat: whatever a visitor puts in the language cookie ({@code ita-lang}), the
 * language switch ({@code ?lang=}) or the session cookie, every page answers as usual: an invalid
 * language reads Thai, only {@code th} or {@code en} is ever written back, and a made-up session
 * is no session. Before, {@code ita-lang=../../x} made every page a 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LanguageChoiceHttpTest {

	static final List<String> PAGES = List.of("/", "/ita/2566", "/ita/2566/oit", "/ita/2566/oit/o12",
			"/ita/2566/measures", "/login", "/ita/2599", "/no-such-page");

	/** Values no language is called; {@code %00} as the cookie's raw text, NUL, and 4,000 characters. */
	static final List<String> INVALID = List.of("../../x", "<script>alert(1)</script>", "%00", "\u0000", "x".repeat(4000),
			"a".repeat(8000), "en_US_WIN_x_y", "zz-ZZ-u-nu-bogus", "-", "_", "en__", "\"en\"", "ja", "th_TH_#u-ca-buddhist",
			"1234", "en-", "${7*7}", "en\tth");

	@LocalServerPort
	int port;

	RawHttp http() {
		return RawHttp.to(this.port);
	}

	static String cookieValue(String value) {
		// A cookie cannot carry control characters or spaces as they are; a browser sends what a script set, encoded.
		return value.chars().anyMatch((c) -> c < 0x21 || c == ';' || c == ',' || c == 0x7f)
				? URLEncoder.encode(value, StandardCharsets.UTF_8) : value;
	}

	@Test
	void anInvalidLanguageCookieReadsThaiOnEveryPage() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (String value : INVALID) {
			for (String path : PAGES) {
				RawHttp.Answer answer = http().get(path, "Cookie", "ita-lang=" + cookieValue(value));
				String what = path + " with ita-lang=" + value.substring(0, Math.min(20, value.length()));
				softly.assertThat(answer.status()).as(what).isIn(200, 404);
				softly.assertThat(Jsoup.parse(answer.text()).select("html").attr("lang")).as(what).isEqualTo("th");
			}
		}
		softly.assertAll();
	}

	@Test
	void theValidLanguagesStillCountHoweverWritten() throws Exception {
		for (String value : List.of("en", "EN", "en-GB", "en_US")) {
			assertThat(lang(http().get("/ita/2566/oit", "Cookie", "ita-lang=" + value))).as(value).isEqualTo("en");
		}
		for (String value : List.of("th", "TH", "th-TH")) {
			assertThat(lang(http().get("/ita/2566/oit", "Cookie", "ita-lang=" + value))).as(value).isEqualTo("th");
		}
	}

	@Test
	void anInvalidLanguageSwitchReadsThaiAndWritesOnlyAValidCookie() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (String value : INVALID) {
			for (String path : List.of("/ita/2566", "/login", "/no-such-page")) {
				RawHttp.Answer answer = http().get(path + "?lang=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
				String what = path + "?lang=" + value.substring(0, Math.min(20, value.length()));
				softly.assertThat(answer.status()).as(what).isIn(200, 404);
				softly.assertThat(lang(answer)).as(what).isEqualTo("th");
				softly.assertThat(answer.headers("Set-Cookie")).as(what)
					.allSatisfy((cookie) -> assertThat(cookie).doesNotStartWith("ita-lang=")
						.doesNotContain("script", "..", "%00"));
			}
		}
		softly.assertAll();
		RawHttp.Answer english = http().get("/ita/2566?lang=en");
		assertThat(lang(english)).isEqualTo("en");
		assertThat(english.header("Set-Cookie").orElseThrow()).startsWith("ita-lang=en;");
	}

	@Test
	void aMadeUpSessionIsNoSession() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (String value : List.of("../../x", "<script>", "%00", "x".repeat(4000), "\"quoted\"", "")) {
			for (String path : List.of("/ita/2566/oit", "/login", "/staff/2566")) {
				RawHttp.Answer answer = http().get(path, "Cookie", "JSESSIONID=" + value);
				String what = path + " with JSESSIONID=" + value.substring(0, Math.min(20, value.length()));
				softly.assertThat(answer.status()).as(what).isIn(200, 302);
				if (path.startsWith("/staff")) {
					softly.assertThat(answer.header("Location")).as(what).hasValue("/login");
				}
			}
		}
		softly.assertAll();
	}

	static String lang(RawHttp.Answer answer) {
		Document page = Jsoup.parse(answer.text());
		return page.select("html").attr("lang");
	}

}
