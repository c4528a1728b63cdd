package th.ita.portal.export;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.ita.portal.report.Audience;
import th.ita.portal.support.PortalTest;
import th.ita.portal.support.Staff;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Who may export, drafts only on request and marked, public downloads, and concurrent PDFs. */
@PortalTest
class ExportAccessTest {

	static final String DRAFT_CHANGE = "มาตรการฉบับร่างที่ยังไม่เผยแพร่";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("exports"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Exports exports;

	Staff staff;

	@BeforeEach
	void draftChange() {
		this.staff = new Staff(this.jdbc);
		this.jdbc.update("update measure set name = ? where position = 1", DRAFT_CHANGE);
	}

	MvcResult download(String url, RequestPostProcessor who) throws Exception {
		var request = get(url);
		return this.mvc.perform(who == null ? request : request.with(who)).andReturn();
	}

	@Test
	void answerSheetListsThePublicUrlsOfPublishedEvidence() throws Exception {
		mvc.perform(post("/staff/2566/oit/o12/evidence/link").with(csrf()).with(staff.editorOf(Staff.PALAD))
			.param("title", "รายงานรอบหกเดือน").param("url", "https://www.example.go.th/report-6m.pdf"));
		String before = download("/staff/exports/2566.answers-csv", staff.auditor()).getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(before).doesNotContain("https://www.example.go.th/report-6m.pdf");
		mvc.perform(post("/staff/2566/oit/o12/publish").with(csrf()).with(staff.approver()));
		String after = download("/staff/exports/2566.answers-csv", staff.auditor()).getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(after.lines().filter(l -> l.startsWith("O12,")).findFirst().orElseThrow())
			.contains("/ita/2566/oit/o12").contains("https://www.example.go.th/report-6m.pdf");
	}

	@Nested
	class Access {

		@Test
		void exportPageWhenAuditorOrAdminThenShown() throws Exception {
			assertThat(download("/staff/exports", staff.auditor()).getResponse().getContentAsString())
				.contains("ส่งออกรายงานประจำปี", "name=\"drafts\"", "answers-xlsx");
			assertThat(download("/staff/exports", staff.admin()).getResponse().getStatus()).isEqualTo(200);
		}

		@Test
		void exportWhenEditorOrApproverThenForbidden() throws Exception {
			for (RequestPostProcessor who : List.of(staff.editorOf(Staff.PALAD), staff.approver())) {
				assertThat(download("/staff/exports", who).getResponse().getStatus()).isEqualTo(403);
				assertThat(download("/staff/exports/2566.pdf", who).getResponse().getStatus()).isEqualTo(403);
			}
		}

		@Test
		void exportWhenAnonymousThenSignIn() throws Exception {
			var response = download("/staff/exports/2566.docx", null).getResponse();
			assertThat(response.getStatus()).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).contains("/login");
		}

		@Test
		void downloadIsCompleteNamedInUtf8AndAudited() throws Exception {
			var response = download("/staff/exports/2566.xlsx?digits=arabic", staff.auditor()).getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
			assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"ita-report-2566.xlsx\"")
				.contains("filename*=UTF-8''%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99-ITA-2566.xlsx");
			assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'EXPORT' and username = 'auditor'",
					Integer.class)).isPositive();
		}

		@Test
		void unknownFormatOrYearThenNotFound() throws Exception {
			assertThat(download("/staff/exports/2566.odt", staff.admin()).getResponse().getStatus()).isEqualTo(404);
			assertThat(download("/staff/exports/2599.pdf", staff.admin()).getResponse().getStatus()).isEqualTo(404);
		}

	}

	@Nested
	class Drafts {

		@Test
		void draftChangeOnlyWithIncludeDrafts() throws Exception {
			var published = ExportReading.docxTables(
					download("/staff/exports/2566.docx", staff.auditor()).getResponse().getContentAsByteArray());
			var drafts = ExportReading.docxTables(
					download("/staff/exports/2566.docx?drafts=true", staff.auditor()).getResponse().getContentAsByteArray());
			assertThat(published.get(0).get(1).get(1)).isNotEqualTo(DRAFT_CHANGE);
			assertThat(drafts.get(0).get(1).get(1)).isEqualTo(DRAFT_CHANGE);
		}

		@Test
		void draftPdfIsMarkedOnEveryPage() throws Exception {
			byte[] pdf = download("/staff/exports/2566.pdf?drafts=true", staff.admin()).getResponse().getContentAsByteArray();
			List<String> pages = ExportReading.pdfPages(pdf);
			assertThat(pages).hasSizeGreaterThan(3).allSatisfy(p -> assertThat(p).contains("ฉบับร่าง"));
			assertThat(ExportReading.squeeze(String.join("", pages))).contains(DRAFT_CHANGE);
		}

	}

	@Nested
	class Public {

		@Test
		void publishedReportWithoutSignInOrSession() throws Exception {
			for (String url : List.of("/ita/2566/report.pdf", "/ita/2566/report.docx")) {
				MvcResult result = download(url, null);
				assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
				assertThat(result.getRequest().getSession(false)).as(url).isNull();
				assertThat(result.getResponse().getHeader("Set-Cookie")).as(url).isNull();
				// a publish shows at once, and Thai and English copies are kept apart by any cache
				assertThat(result.getResponse().getHeader("Cache-Control")).as(url).isEqualTo("no-cache");
				assertThat(result.getResponse().getHeader("Vary")).as(url).contains("Cookie");
			}
			byte[] docx = download("/ita/2566/report.docx", null).getResponse().getContentAsByteArray();
			assertThat(ExportReading.docxTables(docx).get(0).get(1).get(1)).isNotEqualTo(DRAFT_CHANGE);
		}

		@Test
		void yearPageLinksTheDownloads() throws Exception {
			assertThat(download("/ita/2566", null).getResponse().getContentAsString()).contains("/ita/2566/report.pdf",
					"/ita/2566/report.docx");
		}

	}

	@Test
	void concurrentPdfExportsGiveTheSameText() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> texts = pool.invokeAll(List.of(this::pdfText, this::pdfText, this::pdfText, this::pdfText));
			String first = texts.get(0).get();
			assertThat(first).contains("ผู้รับผิดชอบ");
			for (Future<String> text : texts) {
				assertThat(text.get()).isEqualTo(first);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/** The demo agency's report as PDF text, on any thread: as a request at localhost would export it. */
	String pdfText() throws Exception {
		var outer = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
		org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
				new org.springframework.web.context.request.ServletRequestAttributes(
						new org.springframework.mock.web.MockHttpServletRequest()));
		try {
			byte[] pdf = this.exports.export(2566, ExportFormat.PDF, true, false, Audience.STAFF, Locale.forLanguageTag("th"))
				.bytes();
			return String.join("\f", ExportReading.pdfPages(pdf));
		}
		finally {
			org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(outer);
		}
	}

}
