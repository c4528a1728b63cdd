package th.ita.portal.evidence;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import th.ita.portal.web.cache.PublicPageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * File names and titles of evidence are shown to the public as names: bidirectional and other
 * invisible format controls, control characters (NUL included), folders and runs of dots never
 * reach a page or a {@code Content-Disposition}, very long names are cut between whole characters,
 * and Thai comes through untouched.
 */
class EvidenceNamesTest extends EvidenceTestBase {

	/** Every bidirectional control, the zero-width and other invisible format characters, and a tag character. */
	static final String INVISIBLE = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C"
			+ "\u200B\u200C\u200D\u2060\uFEFF\u00AD\u180E\uFFF9\uFFFB" + new String(Character.toChars(0xE0041));

	static final String THAI = "แผนปฏิบัติการป้องกันการทุจริต ประจำปี ๒๕๖๖ (ฉบับปรับปรุง) ที่ ๑";

	@Autowired
	PublicPageCache pages;

	String stored(String column) {
		return this.jdbc.queryForObject("select " + column + " from evidence", String.class);
	}

	/** The file name a download offers, from {@code filename*} (RFC 5987), decoded. */
	String offeredName() throws Exception {
		long id = this.jdbc.queryForObject("select id from evidence", Long.class);
		MockHttpServletResponse download = this.mvc
			.perform(get("/staff/evidence/{id}/download", id).with(user(palad())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String disposition = download.getHeader("Content-Disposition");
		String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
		return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	static void assertClean(String text) {
		assertThat(text).as("code points of " + text)
			.doesNotContainPattern("[\\p{Cf}\\p{Cc}\\p{Zl}\\p{Zp}]")
			.doesNotContain("/", "\\");
	}

	@Test
	void bidiControlsAreRemovedFromTheNameTheTitleThePublicPageAndTheDownload() throws Exception {
		upload(palad(), O1, "รายงาน\u202Efdp.exe", TestFiles.pdf()).andExpect(status().isFound());
		assertThat(stored("original_name")).isEqualTo("รายงานfdp.pdf");
		assertThat(stored("title")).isEqualTo("รายงานfdp.pdf");
		assertThat(offeredName()).isEqualTo("รายงานfdp.pdf");

		this.mvc.perform(post("/staff/2566/oit/o1/publish").with(user(admin())).with(csrf()))
			.andExpect(status().isFound());
		this.pages.clear();
		String page = this.mvc.perform(get("/ita/2566/oit/o1")).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select(".evidence-list a").text()).isEqualTo("รายงานfdp.pdf");
		assertThat(page).doesNotContain("\u202E");
	}

	@Test
	void everyInvisibleFormatCharacterIsRemovedAndThaiIsKeptExactly() throws Exception {
		String name = THAI.substring(0, 10) + INVISIBLE + THAI.substring(10) + ".pdf";
		upload(palad(), O1, name, TestFiles.pdf(), INVISIBLE + THAI + INVISIBLE).andExpect(status().isFound());
		assertThat(stored("original_name")).isEqualTo(THAI + ".pdf");
		assertThat(stored("title")).isEqualTo(THAI);
		assertThat(offeredName()).isEqualTo(THAI + ".pdf");
	}

	@Test
	void zeroWidthSpacesBetweenThaiWordsGoAndTheWordsStay() throws Exception {
		upload(palad(), O1, "คำสั่ง\u200Bแต่งตั้ง\u200Bคณะทำงาน.pdf", TestFiles.pdf()).andExpect(status().isFound());
		assertThat(stored("original_name")).isEqualTo("คำสั่งแต่งตั้งคณะทำงาน.pdf");
	}

	static Stream<Arguments> hostileNames() {
		return Stream.of(Arguments.of("a\u0000b.pdf", "ab.pdf"), Arguments.of("\u0000.pdf", "file.pdf"),
				Arguments.of("report\u0000.exe.pdf", "report.exe.pdf"), Arguments.of("line\r\nbreak\t.pdf", "line break.pdf"),
				Arguments.of("..", "file.pdf"), Arguments.of("...", "file.pdf"), Arguments.of(". . .", "file.pdf"),
				Arguments.of("   ", "file.pdf"), Arguments.of("../../etc/passwd", "passwd.pdf"),
				Arguments.of("..\\..\\windows\\win.ini", "win.pdf"), Arguments.of("C:\\Users\\ครู\\งาน.pdf", "งาน.pdf"),
				Arguments.of("x/..", "file.pdf"), Arguments.of(".hidden.pdf", "hidden.pdf"),
				Arguments.of("รายงาน  .pdf", "รายงาน.pdf"), Arguments.of("\u2028\u2029\u0085.pdf", "file.pdf"),
				Arguments.of("a\u00A0\u3000  b.pdf", "a b.pdf"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("hostileNames")
	void aHostileNameIsKeptClean(String name, String kept) throws Exception {
		upload(palad(), O1, name, TestFiles.pdf()).andExpect(status().isFound());
		assertThat(stored("original_name")).isEqualTo(kept);
		assertClean(offeredName());
	}

	@Test
	void aVeryLongThaiNameIsCutBetweenWholeCharactersAndKeepsItsExtension() throws Exception {
		String base = "ที่ ".repeat(400);
		upload(palad(), O1, base + ".pdf", TestFiles.pdf()).andExpect(status().isFound());
		String kept = stored("original_name");
		assertThat(kept).hasSizeLessThanOrEqualTo(255).endsWith(".pdf");
		String cut = kept.substring(0, kept.length() - 4);
		assertThat(base).startsWith(cut);
		assertThat(cut).as("ends with a whole ที่ or its space").matches(".*(ที่|ที่ )");
		assertThat(stored("title")).isEqualTo(kept);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u202Etxt.exe", "a\u0000b", "\u200B" })
	void aLinkTitleIsCleanedOrRefusedWhenNothingIsLeft(String title) throws Exception {
		addLink(palad(), O1, title, "https://www.example.go.th/").andExpect(status().is(title.equals("\u200B") ? 422 : 302));
		if (!title.equals("\u200B")) {
			assertClean(stored("title"));
			assertThat(stored("title")).isEqualTo(title.replaceAll("[\\p{Cf}\\p{Cc}]", ""));
		}
		else {
			assertThat(evidenceRows()).isZero();
		}
	}

	@Test
	void aLinkToAnAddressWithInvisibleCharactersIsRefused() throws Exception {
		addLink(palad(), O1, "ลิงก์", "https://www.example.go.th/\u202Efdp.exe").andExpect(status().isUnprocessableContent());
		assertThat(evidenceRows()).isZero();
	}

	@Test
	void aRenamedTitleIsCleaned() throws Exception {
		upload(palad(), O1, "a.pdf", TestFiles.pdf()).andExpect(status().isFound());
		long id = this.jdbc.queryForObject("select id from evidence", Long.class);
		long version = this.jdbc.queryForObject("select version from evidence", Long.class);
		this.mvc.perform(post(O1 + "/{id}/title", id).param("version", Long.toString(version))
			.param("title", "คำสั่ง\u202E\u0000ที่ ๑")
			.with(user(palad()))
			.with(csrf())).andExpect(status().isFound());
		assertThat(stored("title")).isEqualTo("คำสั่งที่ ๑");
	}

	@Test
	void aTitleOfOnlyInvisibleCharactersIsRefusedOnRename() throws Exception {
		upload(palad(), O1, "a.pdf", TestFiles.pdf()).andExpect(status().isFound());
		long id = this.jdbc.queryForObject("select id from evidence", Long.class);
		this.mvc.perform(post(O1 + "/{id}/title", id).param("version", "0")
			.param("title", "\u202E\u200B")
			.with(user(palad()))
			.with(csrf())).andExpect(status().isUnprocessableContent());
		assertThat(stored("title")).isEqualTo("a.pdf");
	}

}
