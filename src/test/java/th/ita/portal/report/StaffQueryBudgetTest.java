package th.ita.portal.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.ita.portal.support.BudgetTestBase;
import th.ita.portal.support.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static th.ita.portal.support.BudgetYears.BIG;
import static th.ita.portal.support.BudgetYears.BIG_ITEMS;
import static th.ita.portal.support.BudgetYears.SAMPLE;
import static th.ita.portal.support.BudgetYears.TINY;

/**
 * The main staff pages cost a fixed number of SQL statements, written here: the demo year, with 43
 * OIT items and five pieces of evidence each, costs exactly what a year with one item and no
 * evidence costs (see {@link th.ita.portal.support.BudgetYears}). Counted for an admin.
 */
class StaffQueryBudgetTest extends BudgetTestBase {

	/** The report, its disclosures with items and units, its measures, its plans. */
	static final int DASHBOARD = 9;

	/** The report, and its disclosures with items, sub-indicators, topics and units. */
	static final int OIT_LIST = 2;

	/**
	 * The disclosure with its report, item and units, the item's components, the units to choose
	 * from, and the earlier years' items it continues (lineage).
	 */
	static final int ITEM_FORM = 4;

	/** The disclosure with its report, item and units, and its draft evidence. */
	static final int EVIDENCE_PAGE = 2;

	/** The report, and its measures with their units. */
	static final int MEASURES = 2;

	/** The measure with its report, the units to choose from. */
	static final int MEASURE_FORM = 2;

	/** The report, and its plans with their indicators and units. */
	static final int PLANS = 2;

	/** The plan with its report, indicator and unit, and the units to choose from. */
	static final int PLAN_FORM = 2;

	/** The report, and a page of its revisions with how many there are. */
	static final int HISTORY = 2;

	/** The report, and the record's revisions with their fields. */
	static final int RECORD_HISTORY = 2;

	/** As above, and the publish the public saw at the end of that day, with its fields. */
	static final int RECORD_HISTORY_AS_OF = 3;

	/** What the public report file costs (see {@code QueryBudgetTest}), and the audit entry. */
	static final int REPORT_EXPORT = 7;

	/** As above, and the public addresses of all of the year's evidence. */
	static final int ANSWER_SHEET_EXPORT = 15;

	RequestPostProcessor admin;

	@BeforeAll
	void signIn() {
		this.admin = new Staff(this.jdbc).admin();
	}

	long staffCost(String url) throws Exception {
		return cost(get(url).with(this.admin));
	}

	/** {@code /staff/{year}} + path costs the same for the three years, within the budget. */
	void assertSameForBothYears(String path, int budget) throws Exception {
		assertSame("/staff/" + BIG + path, "/staff/" + TINY + path, "/staff/" + SAMPLE + path, budget);
	}

	/** The big year's, the tiny year's and the sample year's page cost the same, within the budget. */
	void assertSame(String big, String tiny, String sample, int budget) throws Exception {
		long bigCost = staffCost(big);
		long tinyCost = staffCost(tiny);
		long sampleCost = staffCost(sample);
		assertThat(bigCost).as(big).isEqualTo(tinyCost).isEqualTo(sampleCost).isLessThanOrEqualTo(budget);
	}

	/** Every item's page of the big year costs what the tiny year's only item's page costs. */
	void assertEveryItemCostsTheSame(String path, int budget) throws Exception {
		long tiny = staffCost("/staff/" + TINY + "/oit/o1" + path);
		Map<String, Long> big = new LinkedHashMap<>();
		for (String code : this.years.codes(BIG)) {
			big.put(code, staffCost("/staff/" + BIG + "/oit/" + code + path));
		}
		assertThat(big).hasSize(BIG_ITEMS).allSatisfy((code, cost) -> assertThat(cost).as(code + path).isEqualTo(tiny));
		assertThat(tiny).isLessThanOrEqualTo(budget);
	}

	@Test
	void dashboardCostsTheSameFor43ItemsAsForOne() throws Exception {
		assertSameForBothYears("", DASHBOARD);
	}

	@Test
	void oitListCostsTheSameFor43ItemsAsForOne() throws Exception {
		assertSameForBothYears("/oit", OIT_LIST);
	}

	@Test
	void everyItemFormCostsTheSame() throws Exception {
		assertEveryItemCostsTheSame("", ITEM_FORM);
	}

	@Test
	void everyItemsEvidencePageCostsTheSameWithFivePiecesAsWithNone() throws Exception {
		assertEveryItemCostsTheSame("/evidence", EVIDENCE_PAGE);
		assertThat(this.mvc.perform(get("/staff/" + BIG + "/oit/o43/evidence").with(this.admin))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("หลักฐาน o43-1", "หลักฐาน o43-5", "รายงาน.docx");
	}

	/**
	 * The sample year's items are coded O1–O23, as its framework writes them: their staff pages,
	 * served at that spelling, cost what the one-item year's {@code o1} costs.
	 */
	@Test
	void theSampleYearsItemFormsAndEvidencePagesCostWhatTheOnlyItemsCost() throws Exception {
		for (String path : new String[] { "", "/evidence" }) {
			long tiny = staffCost("/staff/" + TINY + "/oit/o1" + path);
			for (String code : this.years.codes(SAMPLE)) {
				assertThat(staffCost("/staff/" + SAMPLE + "/oit/" + code + path)).as(code + path).isEqualTo(tiny);
			}
		}
	}

	@Test
	void measuresListCostsTheSameFor3MeasuresAsForOne() throws Exception {
		assertSameForBothYears("/measures", MEASURES);
	}

	@Test
	void measureFormCostsTheSameForBothYears() throws Exception {
		assertSame("/staff/" + BIG + "/measures/" + firstMeasure(BIG), "/staff/" + TINY + "/measures/" + firstMeasure(TINY),
				"/staff/" + SAMPLE + "/measures/" + firstMeasure(SAMPLE), MEASURE_FORM);
	}

	@Test
	void plansListCostsTheSameFor8PlansAsForOne() throws Exception {
		assertSameForBothYears("/plans", PLANS);
	}

	@Test
	void planFormCostsTheSameForBothYears() throws Exception {
		assertSameForBothYears("/plans/1", PLAN_FORM);
	}

	@Test
	void historyOfTheYearCostsTheSameWithHundredsOfRevisionsAsWithThree() throws Exception {
		assertSameForBothYears("/history", HISTORY);
	}

	@Test
	void historyOfAnItemCostsTheSameForBothYears() throws Exception {
		String path = "/history/disclosure/";
		assertSame("/staff/" + BIG + path + disclosure(BIG), "/staff/" + TINY + path + disclosure(TINY),
				"/staff/" + SAMPLE + path + disclosure(SAMPLE), RECORD_HISTORY);
		String asOf = "?asOf=" + LocalDate.now().plusDays(1);
		assertSame("/staff/" + BIG + path + disclosure(BIG) + asOf, "/staff/" + TINY + path + disclosure(TINY) + asOf,
				"/staff/" + SAMPLE + path + disclosure(SAMPLE) + asOf, RECORD_HISTORY_AS_OF);
	}

	@ParameterizedTest
	@ValueSource(strings = { "pdf", "docx", "xlsx", "csv", "answers-csv", "answers-xlsx" })
	void exportCostsTheSameForBothYears(String format) throws Exception {
		assertSame("/staff/exports/" + BIG + "." + format, "/staff/exports/" + TINY + "." + format,
				"/staff/exports/" + SAMPLE + "." + format, format.startsWith("answers") ? ANSWER_SHEET_EXPORT : REPORT_EXPORT);
	}

	long firstMeasure(int year) {
		return this.jdbc.queryForObject("""
				select m.id from measure m join report r on r.id = m.report_id join framework f on f.id = r.framework_id
				where f.fiscal_year = ? order by m.position limit 1""", Long.class, year);
	}

	/** The disclosure of the year's item o1 (O1 in the sample year). */
	long disclosure(int year) {
		return this.jdbc.queryForObject("""
				select d.id from oit_disclosure d join oit_item i on i.id = d.item_id
				join framework f on f.id = i.framework_id where f.fiscal_year = ? and lower(i.code) = 'o1'""", Long.class, year);
	}

}
