package th.ita.portal.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.portal.export.PublicReportCache;
import th.ita.portal.support.BudgetTestBase;
import th.ita.portal.web.cache.PublicPageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static th.ita.portal.support.BudgetYears.BIG;
import static th.ita.portal.support.BudgetYears.BIG_ITEMS;
import static th.ita.portal.support.BudgetYears.FILES_PER_ITEM;
import static th.ita.portal.support.BudgetYears.SAMPLE;
import static th.ita.portal.support.BudgetYears.TINY;

/**
 * Every public page costs a fixed number of SQL statements, written here: the demo year, with 43
 * OIT items and five pieces of published evidence each, costs exactly what a year with one item
 * and no evidence costs, and so does a year on a framework of another shape (23 items O1–O23 in
 * seven sub-indicators; see {@link th.ita.portal.support.BudgetYears}). A page is counted as
 * first rendered (the page cache emptied before); served again from the cache it costs nothing.
 */
class QueryBudgetTest extends BudgetTestBase {

	/**
	 * The agency, its years, the year's published OIT progress per sub-indicator, and (since the
	 * results over the years, issue 13 part 4) the tool scores of all the agency's years for the
	 * trend chart: one statement whatever the number of years. Was 3.
	 */
	static final int HOME = 4;

	/** The report, the year's items with sub-indicators and topics, and what was published of them. */
	static final int OIT_INDEX = 3;

	/**
	 * The report, the item with its components, what was published for it, its evidence, and the
	 * earlier years' items it continues (lineage).
	 */
	static final int ITEM_PAGE = 5;

	/** The report, the published measures, and the published plans with their indicators. */
	static final int MEASURES = 3;

	/** The published file, found by year, item and id. */
	static final int EVIDENCE_DOWNLOAD = 1;

	/** The published report as PDF or Word: the report, its measures, plans, disclosures, items and their components. */
	static final int REPORT_FILE = 6;

	/** The published report downloaded again, or a 304 of it, comes from {@link PublicReportCache}. */
	static final int REPORT_FILE_KEPT = 0;

	/** A 304 of a page of a year: the report, for when it was last published. */
	static final int NOT_MODIFIED = 1;

	/** A 304 of the home page: the agency and its years, for when any of them last changed. */
	static final int HOME_NOT_MODIFIED = 2;

	/** A public page rendered since the last publish comes from {@link PublicPageCache}. */
	static final int CACHED = 0;

	@Autowired
	PublicPageCache cache;

	@Autowired
	PublicReportCache reports;

	/** What rendering a page costs: the page and report caches are emptied first. */
	long rendering(String url) throws Exception {
		this.cache.clear();
		this.reports.clear();
		return cost(get(url));
	}

	void assertSameForBothYears(String path, int budget) throws Exception {
		long big = rendering("/ita/" + BIG + path);
		long tiny = rendering("/ita/" + TINY + path);
		long sample = rendering("/ita/" + SAMPLE + path);
		assertThat(big).as(path).isEqualTo(tiny).isEqualTo(sample).isLessThanOrEqualTo(budget);
	}

	@Test
	void homePageCostsTheSameForBothYears() throws Exception {
		assertSameForBothYears("", HOME);
		assertThat(rendering("/")).as("/ shows the newest year, the big one").isEqualTo(rendering("/ita/" + TINY));
	}

	@Test
	void oitIndexCostsTheSameFor43ItemsAsForOne() throws Exception {
		assertSameForBothYears("/oit", OIT_INDEX);
	}

	@Test
	void everyItemPageWithFivePiecesOfEvidenceCostsWhatTheOnlyItemWithoutEvidenceCosts() throws Exception {
		long tiny = rendering("/ita/" + TINY + "/oit/o1");
		Map<String, Long> big = new LinkedHashMap<>();
		for (String code : this.years.codes(BIG)) {
			big.put(code, rendering("/ita/" + BIG + "/oit/" + code));
		}
		assertThat(big).hasSize(BIG_ITEMS).allSatisfy((code, cost) -> assertThat(cost).as(code).isEqualTo(tiny));
		assertThat(tiny).isLessThanOrEqualTo(ITEM_PAGE);
		this.cache.clear();
		assertThat(this.mvc.perform(get("/ita/" + BIG + "/oit/o43")).andReturn().getResponse().getContentAsString())
			.contains("หลักฐาน o43-1", "หลักฐาน o43-2", "หลักฐาน o43-3", "หลักฐาน o43-4", "หลักฐาน o43-5");
	}

	/**
	 * The sample year's items are coded O1–O23, as its framework writes them: their public pages
	 * and files, served at that spelling, cost what the one-item year's {@code o1} costs.
	 */
	@Test
	void theSampleYearsItemPagesAndFilesCostWhatTheOnlyItemsPageCosts() throws Exception {
		long tiny = rendering("/ita/" + TINY + "/oit/o1");
		Map<String, Long> sample = new LinkedHashMap<>();
		for (String code : this.years.codes(SAMPLE)) {
			sample.put(code, rendering("/ita/" + SAMPLE + "/oit/" + code));
		}
		assertThat(sample).hasSize(23).allSatisfy((code, cost) -> assertThat(cost).as(code).isEqualTo(tiny));
		List<String> urls = this.jdbc.queryForList("""
				select '/ita/' || f.fiscal_year || '/oit/' || i.code || '/evidence/' || e.evidence_id
				from evidence_pub e join oit_disclosure_pub p on p.disclosure_id = e.disclosure_id
				join oit_item i on i.id = p.item_id join framework f on f.id = i.framework_id
				where f.fiscal_year = ? and e.kind = 'FILE' order by i.number, e.position""", String.class, SAMPLE);
		assertThat(urls).hasSize(23);
		for (String url : urls) {
			assertThat(cost(get(url))).as(url).isEqualTo(EVIDENCE_DOWNLOAD);
		}
	}

	@Test
	void measuresPageCostsTheSameFor3MeasuresAnd8PlansAsForOneOfEach() throws Exception {
		assertSameForBothYears("/measures", MEASURES);
	}

	@Test
	void everyPublishedFileOfTheYearDownloadsInOneStatement() throws Exception {
		List<String> urls = this.jdbc.queryForList("""
				select '/ita/' || f.fiscal_year || '/oit/' || i.code || '/evidence/' || e.evidence_id
				from evidence_pub e join oit_disclosure_pub p on p.disclosure_id = e.disclosure_id
				join oit_item i on i.id = p.item_id join framework f on f.id = i.framework_id
				where f.fiscal_year = ? and e.kind = 'FILE' order by i.number, e.position""", String.class, BIG);
		assertThat(urls).hasSize(BIG_ITEMS * FILES_PER_ITEM);
		for (String url : urls) {
			assertThat(cost(get(url))).as(url).isEqualTo(EVIDENCE_DOWNLOAD);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/report.pdf", "/report.docx" })
	void publishedReportCostsTheSameForBothYears(String file) throws Exception {
		assertSameForBothYears(file, REPORT_FILE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/report.pdf", "/report.docx" })
	void thePublishedReportDownloadedAgainOrRevalidatedCostsNoStatement(String file) throws Exception {
		String url = "/ita/" + BIG + file;
		rendering(url);
		assertThat(cost(get(url))).as(url).isEqualTo(REPORT_FILE_KEPT);
		String etag = this.mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");
		assertThat(this.statements.count(
				() -> this.mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified())))
			.as(url + " 304")
			.isEqualTo(REPORT_FILE_KEPT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/ita/2566", "/ita/2566/oit", "/ita/2566/oit/o14", "/ita/2566/measures", "/ita/2565",
			"/ita/2565/oit", "/ita/2565/oit/o1", "/ita/2565/measures", "/ita/2564", "/ita/2564/oit",
			"/ita/2564/measures" })
	void aPageAlreadyRenderedCostsNoStatement(String url) throws Exception {
		rendering(url);
		assertThat(cost(get(url))).as(url).isEqualTo(CACHED);
	}

	/**
	 * A reader's copy is current: a 304 from the page cache costs nothing; with the cache emptied
	 * (as by a publish of another year, which leaves this page's ETag valid) it costs the lookup of
	 * when the page last changed.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "", "/oit", "/oit/o1", "/measures" })
	void aNotModifiedAnswerCostsTheSameForBothYears(String path) throws Exception {
		long[] big = notModified("/ita/" + BIG + path);
		long[] tiny = notModified("/ita/" + TINY + path);
		assertThat(big).as(path).isEqualTo(tiny);
		if (!path.startsWith("/oit/")) {
			assertThat(notModified("/ita/" + SAMPLE + path)).as(path + " of the sample year").isEqualTo(tiny);
		}
		assertThat(big[0]).isEqualTo(CACHED);
		assertThat(big[1]).isLessThanOrEqualTo(path.isEmpty() ? HOME_NOT_MODIFIED : NOT_MODIFIED);
	}

	/** What a 304 costs from the cache, and without it. */
	long[] notModified(String url) throws Exception {
		this.cache.clear();
		String etag = this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
		long[] costs = new long[2];
		costs[0] = this.statements.count(
				() -> this.mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified()));
		this.cache.clear();
		costs[1] = this.statements.count(
				() -> this.mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified()));
		return costs;
	}

}
