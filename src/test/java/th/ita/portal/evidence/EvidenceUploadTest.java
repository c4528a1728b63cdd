package th.ita.portal.evidence;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploading files: the type comes from the content, names are harmless, bytes come back unchanged. */
class EvidenceUploadTest extends EvidenceTestBase {

	static Stream<Arguments> allowedFiles() {
		return Stream.of(Arguments.of("รายงาน.pdf", TestFiles.pdf(), "application/pdf", "inline"),
				Arguments.of("ภาพ.png", TestFiles.png(), "image/png", "inline"),
				Arguments.of("ภาพถ่าย.jpg", TestFiles.jpeg(), "image/jpeg", "inline"),
				Arguments.of("คำสั่ง.docx", TestFiles.docx(),
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "attachment"),
				Arguments.of("งบ.xlsx", TestFiles.xlsx(),
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "attachment"));
	}

	@ParameterizedTest
	@MethodSource("allowedFiles")
	void allowedTypeIsKeptAndComesBackByteIdentical(String name, byte[] content, String type, String disposition)
			throws Exception {
		upload(palad(), O1, name, content).andExpect(status().isFound()).andExpect(redirectedUrl(O1));

		Map<String, Object> row = this.jdbc.queryForMap("select * from evidence");
		assertThat(row).containsEntry("kind", "FILE")
			.containsEntry("title", name)
			.containsEntry("original_name", name)
			.containsEntry("content_type", type)
			.containsEntry("size_bytes", (long) content.length)
			.containsEntry("created_by", palad().getUsername());
		String key = (String) row.get("storage_key");
		assertThat(key).matches("[0-9a-f]{32}");
		assertThat(storedFiles()).containsExactly(STORAGE.resolve(key));

		MvcResult download = this.mvc.perform(get("/staff/evidence/{id}/download", row.get("id")).with(user(auditor())))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(content);
		assertThat(download.getResponse().getContentType()).isEqualTo(type);
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith(disposition)
			.contains("filename*=UTF-8''");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getResponse().getHeader("Content-Security-Policy").split("; "))
			.contains("sandbox", "default-src 'none'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")
			.noneMatch((directive) -> directive.startsWith("script-src"))
			.noneMatch((directive) -> directive.contains("unsafe-inline"));
	}

	@Test
	void shellScriptNamedPdfIsRefusedWithAThaiMessageNamingTheAllowedTypes() throws Exception {
		MvcResult result = upload(palad(), O1, "x.pdf", TestFiles.shellScript()).andExpect(status().isUnprocessableContent())
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		String error = page.getElementById("file-error").text();
		assertThat(error).contains("ไม่รับไฟล์ชนิดนี้").contains("PDF, DOCX, XLSX, PNG, JPEG");
		assertThat(page.getElementById("file-file").attr("aria-describedby")).contains("file-error");
		assertThat(page.getElementById("file-file").attr("aria-invalid")).isEqualTo("true");
		assertThat(evidenceRows()).isZero();
		assertThat(storedFiles()).isEmpty();
	}

	static Stream<Arguments> refusedFiles() {
		return Stream.of(Arguments.of("page.html", TestFiles.html()), Arguments.of("logo.svg", TestFiles.svg()),
				Arguments.of("logo.png", TestFiles.svg()), Arguments.of("archive.docx", TestFiles.plainZip()),
				Arguments.of("empty.pdf", new byte[0]));
	}

	@ParameterizedTest
	@MethodSource("refusedFiles")
	void htmlSvgAndOtherTypesAreRefusedWhateverTheirName(String name, byte[] content) throws Exception {
		upload(palad(), O1, name, content).andExpect(status().isUnprocessableContent());
		assertThat(evidenceRows()).isZero();
		assertThat(storedFiles()).isEmpty();
	}

	@Test
	void aPathInTheFileNameIsHarmless() throws Exception {
		upload(palad(), O1, "../../x.pdf", TestFiles.pdf()).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select original_name from evidence", String.class)).isEqualTo("x.pdf");
		assertThat(storedFiles()).singleElement()
			.satisfies(p -> assertThat(p.getFileName().toString()).matches("[0-9a-f]{32}"));
		assertThat(STORAGE.getParent().resolve("x.pdf")).doesNotExist();
		assertThat(Path.of("x.pdf")).doesNotExist();
		long id = this.jdbc.queryForObject("select id from evidence", Long.class);
		String disposition = this.mvc.perform(get("/staff/evidence/{id}/download", id).with(user(palad())))
			.andReturn()
			.getResponse()
			.getHeader("Content-Disposition");
		assertThat(disposition).doesNotContain("..").doesNotContain("/");
	}

	@Test
	void theTitleIsTheFileNameUnlessOneIsGiven() throws Exception {
		upload(palad(), O1, "a.pdf", TestFiles.pdf(), "คำสั่งแต่งตั้ง").andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select title from evidence", String.class)).isEqualTo("คำสั่งแต่งตั้ง");
	}

	@Test
	void anUploadWithoutAFileIsRefusedWithAMessage() throws Exception {
		String html = upload(palad(), O1, "nothing.pdf", new byte[0]).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).getElementById("file-error").text()).isEqualTo("โปรดเลือกไฟล์");
	}

	@Test
	void staffDownloadIsAudited() throws Exception {
		upload(palad(), O1, "a.pdf", TestFiles.pdf()).andExpect(status().isFound());
		long id = this.jdbc.queryForObject("select id from evidence", Long.class);
		this.mvc.perform(get("/staff/evidence/{id}/download", id).with(user(auditor()))).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where action = 'FILE_DOWNLOAD' and username = 'auditor' and subject like ?",
				Integer.class, "evidence " + id + ":%"))
			.isEqualTo(1);
	}

}
