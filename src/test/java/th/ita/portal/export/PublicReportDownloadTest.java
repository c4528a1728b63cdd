package th.ita.portal.export;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.Staff;
import th.ita.portal.support.StatementCounter;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public report (PDF, Word) is rendered once per publish and language: a repeated download
 * and a conditional one cost no SQL statement (Hibernate's own count), carry a strong ETag and
 * Last-Modified, readers who miss together cause one rendering, and a publish makes the next
 * download render anew.
 */
@PortalTest
class PublicReportDownloadTest {

	static final String PDF = "/ita/2566/report.pdf";

	static final String DOCX = "/ita/2566/report.docx";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("reports"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	PublicReportCache reports;

	StatementCounter statements;

	@BeforeEach
	void emptyCache() {
		this.statements = new StatementCounter(this.entityManagerFactory);
		this.reports.clear();
	}

	MockHttpServletResponse download(String url, String... headers) throws Exception {
		var request = get(url);
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	long cost(String url, String... headers) throws Exception {
		return this.statements.count(() -> download(url, headers));
	}

	@ParameterizedTest
	@ValueSource(strings = { PDF, DOCX })
	void aRepeatedDownloadCostsNoStatementAndGivesTheSameBytesAndValidators(String url) throws Exception {
		MockHttpServletResponse first = download(url);
		long repeated = cost(url);
		MockHttpServletResponse again = download(url);

		assertThat(repeated).as("statements of a repeated download").isZero();
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
		String etag = first.getHeader("ETag");
		assertThat(etag).as("a strong ETag").matches("\"[^\"]+\"");
		assertThat(again.getHeader("ETag")).isEqualTo(etag);
		assertThat(first.getHeader("Last-Modified")).isNotBlank().isEqualTo(again.getHeader("Last-Modified"));
		assertThat(again.getHeader("Cache-Control")).isEqualTo("no-cache");
		assertThat(again.getHeader("Vary")).contains("Cookie");
		assertThat(again.getHeader("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
		assertThat(again.getHeader("Content-Length")).isEqualTo(Integer.toString(first.getContentAsByteArray().length));
	}

	@ParameterizedTest
	@ValueSource(strings = { PDF, DOCX })
	void aCurrentCopyGetsA304WithoutAStatement(String url) throws Exception {
		MockHttpServletResponse first = download(url);
		String etag = first.getHeader("ETag");
		String modified = first.getHeader("Last-Modified");

		long byTag = cost(url, "If-None-Match", etag);
		MockHttpServletResponse notModified = download(url, "If-None-Match", etag);
		assertThat(byTag).isZero();
		assertThat(notModified.getStatus()).isEqualTo(304);
		assertThat(notModified.getContentAsByteArray()).isEmpty();
		assertThat(notModified.getHeader("ETag")).isEqualTo(etag);
		assertThat(notModified.getHeader("Cache-Control")).isEqualTo("no-cache");

		assertThat(cost(url, "If-Modified-Since", modified)).isZero();
		assertThat(download(url, "If-Modified-Since", modified).getStatus()).isEqualTo(304);
		assertThat(download(url, "If-None-Match", "\"another\"").getStatus()).isEqualTo(200);
	}

	@Test
	void readersWhoMissTogetherCauseOneRendering() throws Exception {
		long oneRendering = cost(PDF);
		assertThat(oneRendering).isPositive();
		this.reports.clear();
		int readers = 8;
		CyclicBarrier together = new CyclicBarrier(readers);
		ExecutorService pool = Executors.newFixedThreadPool(readers);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			long all = this.statements.count(() -> {
				for (int i = 0; i < readers; i++) {
					answers.add(pool.submit(() -> {
						together.await(10, TimeUnit.SECONDS);
						return download(PDF);
					}));
				}
				for (Future<MockHttpServletResponse> answer : answers) {
					answer.get(60, TimeUnit.SECONDS);
				}
			});
			assertThat(all).as("statements of %d readers who missed together", readers).isEqualTo(oneRendering);
			String etag = answers.get(0).get().getHeader("ETag");
			for (Future<MockHttpServletResponse> answer : answers) {
				assertThat(answer.get().getStatus()).isEqualTo(200);
				assertThat(answer.get().getHeader("ETag")).isEqualTo(etag);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aPublishMakesTheNextDownloadRenderAnew() throws Exception {
		MockHttpServletResponse before = download(DOCX);
		Staff staff = new Staff(this.jdbc);
		String version = Jsoup.parse(this.mvc.perform(get("/staff/2566/oit/o1").accept(MediaType.TEXT_HTML)
			.with(staff.editorOf(Staff.PALAD))).andReturn().getResponse().getContentAsString())
			.select("input[name=version]")
			.val();
		this.mvc.perform(post("/staff/2566/oit/o1").with(csrf()).with(staff.editorOf(Staff.PALAD))
			.param("unitIds", Long.toString(staff.unitId(Staff.PALAD)))
			.param("status", "DONE")
			.param("progress", "เผยแพร่รายงานฉบับใหม่แล้ว")
			.param("version", version)).andExpect(status().isFound());
		assertThat(download(DOCX).getHeader("ETag")).as("a draft changes nothing").isEqualTo(before.getHeader("ETag"));
		this.mvc.perform(post("/staff/2566/oit/o1/publish").with(csrf()).with(staff.approver()))
			.andExpect(status().isFound());

		assertThat(cost(DOCX)).as("the first download after a publish renders").isPositive();
		MockHttpServletResponse after = download(DOCX);
		assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
		assertThat(lastModified(after)).isAfterOrEqualTo(lastModified(before));
		assertThat(ExportReading.docxTables(after.getContentAsByteArray()).toString().contains("เผยแพร่รายงานฉบับใหม่แล้ว"))
			.as("the new text is in the report").isTrue();
		assertThat(download(DOCX, "If-None-Match", before.getHeader("ETag")).getStatus()).isEqualTo(200);
	}

	@Test
	void eachLanguageIsRenderedAndKeptApart() throws Exception {
		MockHttpServletResponse thai = download(PDF);
		MockHttpServletResponse english = this.mvc.perform(get(PDF).cookie(new Cookie("ita-lang", "en")))
			.andReturn()
			.getResponse();
		assertThat(english.getHeader("ETag")).isNotEqualTo(thai.getHeader("ETag"));
		assertThat(this.statements.count(() -> this.mvc.perform(get(PDF).cookie(new Cookie("ita-lang", "en")))))
			.isZero();
		assertThat(this.mvc.perform(get(PDF).cookie(new Cookie("ita-lang", "en"))).andReturn().getResponse()
			.getContentAsByteArray()).isEqualTo(english.getContentAsByteArray());
	}

	@Test
	void anUnknownYearIsA404EveryTime() throws Exception {
		assertThat(download("/ita/2599/report.pdf").getStatus()).isEqualTo(404);
		assertThat(download("/ita/2599/report.pdf").getStatus()).isEqualTo(404);
	}

	static ZonedDateTime lastModified(MockHttpServletResponse response) {
		return ZonedDateTime.parse(response.getHeader("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME);
	}

}
