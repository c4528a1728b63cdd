package th.ita.portal.evidence;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Links: only http and https addresses with a host. */
class EvidenceLinkTest extends EvidenceTestBase {

	@ParameterizedTest
	@ValueSource(strings = { "http://www.bangsaothong.go.th/news/1", "https://www.bangsaothong.go.th/ประกาศ?id=1#top" })
	void webAddressIsKept(String url) throws Exception {
		addLink(palad(), O1, "ประกาศ", url).andExpect(status().isFound());
		assertThat(this.jdbc.queryForMap("select kind, title, url from evidence")).containsEntry("kind", "LINK")
			.containsEntry("title", "ประกาศ")
			.containsEntry("url", url);
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
			"ftp://ftp.example.org/a", "/relative/path", "www.example.go.th", "//example.go.th/a", "https://",
			"http:///path", "https://exa mple.go.th" })
	void anyOtherAddressIsRefusedAndWhatWasTypedSurvives(String url) throws Exception {
		String html = addLink(palad(), O1, "ชื่อที่พิมพ์", url).andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.getElementById("link-url-error").text()).contains("http://").contains("https://");
		assertThat(page.getElementById("link-url").attr("aria-describedby")).contains("link-url-error");
		assertThat(page.getElementById("link-url").val()).isEqualTo(url.strip());
		assertThat(page.getElementById("link-title").val()).isEqualTo("ชื่อที่พิมพ์");
		assertThat(evidenceRows()).isZero();
	}

}
