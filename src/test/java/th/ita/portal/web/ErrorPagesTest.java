package th.ita.portal.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Missing years, items and pages get the Thai or English 404 page from a real server (MockMvc
 * does not render error pages), and error pages reveal nothing of the inside.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesTest {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> fetch(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "text/html");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/ita/2599", "/ita/2599/oit", "/ita/2599/measures", "/ita/2566/oit/o44",
			"/ita/2566/oit/o0", "/ita/2566/oit/o999", "/ita/2566/oit/x1", "/ita/abcd/oit", "/ita/25666/oit",
			"/no-such-page", "/ita/2566/oit/o1/extra" })
	void missingRecordsGetTheThai404Page(String path) throws Exception {
		HttpResponse<String> response = fetch(path, null);
		assertThat(response.statusCode()).as(path).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).as(path).isEqualTo("ไม่พบหน้าที่ต้องการ");
		assertThat(page.select("html").attr("lang")).isEqualTo("th");
		assertThat(page.select(".lang-switch a").attr("href")).isEqualTo(path + "?lang=en");
		assertThat(response.body()).doesNotContain("Exception", "at th.ita", "Whitelabel", "NotFound", "report 25");
	}

	@org.junit.jupiter.api.Test
	void theLanguageSwitchOfAnErrorPageNeverLeadsOffSite() throws Exception {
		HttpResponse<String> response = fetch("//evil.example/x", null);
		assertThat(Jsoup.parse(response.body()).select(".lang-switch a").attr("href")).isEqualTo("/?lang=en");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/ita/2599/oit", "/ita/2566/oit/o44" })
	void englishReadersGetTheEnglish404Page(String path) throws Exception {
		HttpResponse<String> response = fetch(path, "ita-lang=en");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Page not found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/ita/2566/oit" })
	void aWrongMethodIsRefusedWithoutDetails(String path) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
					.header("Accept", "text/html")
					.method("DELETE", HttpRequest.BodyPublishers.noBody())
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.body()).doesNotContain("Exception", "Whitelabel", "Tomcat");
	}

}
