package th.ita.portal.site;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.Staff;
import th.ita.portal.support.StatementCounter;
import th.ita.portal.web.PublicPageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each public page costs a fixed, small number of SQL statements: a year with 43 items costs the
 * same as a year with one.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryBudgetTest {

	/** A made-up year with a single OIT item, one measure and one plan. */
	static final int TINY_YEAR = 2590;

	static final int OIT_INDEX_BUDGET = 3;

	/** The report, the item, what was published for it and its published evidence. */
	static final int ITEM_PAGE_BUDGET = 4;

	static final int HOME_BUDGET = 3;

	static final int MEASURES_BUDGET = 3;

	static final int NOT_MODIFIED_BUDGET = 1;

	/** A public page already rendered since the last write comes from {@link PublicPageCache}. */
	static final int CACHED_PAGE_BUDGET = 0;

	/** Staff pages (admin): the user's units, the report, the page's rows and their publication state. */
	static final int STAFF_DASHBOARD_BUDGET = 6;

	static final int STAFF_OIT_LIST_BUDGET = 5;

	static final int STAFF_ITEM_EDIT_BUDGET = 7;

	static final int STAFF_MEASURES_BUDGET = 4;

	static final int STAFF_PLANS_BUDGET = 4;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	PublicPageCache cache;

	StatementCounter statements;

	@BeforeAll
	void tinyYear() {
		this.statements = new StatementCounter(this.entityManagerFactory);
		this.jdbc.execute("""
				insert into framework (fiscal_year, name) values (2590, 'tiny');
				insert into indicator (framework_id, number, name, tool)
				  select id, 1, 'หนึ่ง', 'IIT' from framework where fiscal_year = 2590
				  union all select id, 9, 'เก้า', 'OIT' from framework where fiscal_year = 2590;
				insert into oit_subindicator (indicator_id, code, name, position)
				  select i.id, '9.1', 'ย่อย', 1 from indicator i join framework f on f.id = i.framework_id
				  where f.fiscal_year = 2590 and i.number = 9;
				insert into oit_item (framework_id, subindicator_id, number, code, title)
				  select f.id, s.id, 1, 'o1', 'ข้อเดียว' from framework f, oit_subindicator s
				  join indicator i on i.id = s.indicator_id where f.fiscal_year = 2590 and i.framework_id = f.id;
				insert into oit_item_component (item_id, position, text)
				  select i.id, 1, 'องค์ประกอบ' from oit_item i join framework f on f.id = i.framework_id where f.fiscal_year = 2590;
				insert into report (agency_id, framework_id, last_published_at)
				  select a.id, f.id, now() from agency a, framework f where a.is_default and f.fiscal_year = 2590;
				insert into oit_disclosure (report_id, item_id, status, progress)
				  select r.id, i.id, 'DONE', '<p>ok</p>' from report r join framework f on f.id = r.framework_id
				  join oit_item i on i.framework_id = f.id where f.fiscal_year = 2590;
				insert into oit_disclosure_pub (disclosure_id, report_id, item_id, responsible, status, progress, published_at, published_by)
				  select d.id, d.report_id, d.item_id, 'สำนักปลัด', d.status, d.progress, now(), 'test'
				  from oit_disclosure d join report r on r.id = d.report_id join framework f on f.id = r.framework_id
				  where f.fiscal_year = 2590;
				insert into measure (report_id, position, name) select r.id, 1, 'มาตรการ' from report r
				  join framework f on f.id = r.framework_id where f.fiscal_year = 2590;
				insert into measure_pub (measure_id, report_id, position, name, method, period, responsible, summary, outcome, status, published_at, published_by)
				  select m.id, m.report_id, 1, m.name, '', '', '', '', '', 'DONE', now(), 'test' from measure m
				  join report r on r.id = m.report_id join framework f on f.id = r.framework_id where f.fiscal_year = 2590;
				insert into indicator_plan (report_id, indicator_id) select r.id, i.id from report r
				  join framework f on f.id = r.framework_id join indicator i on i.framework_id = f.id
				  where f.fiscal_year = 2590 and i.number = 1;
				insert into evidence_pub (disclosure_id, kind, title, url, position, published_at, published_by)
				  select p.disclosure_id, 'LINK', 'ลิงก์ ' || n, 'https://example.go.th/' || n, n, now(), 'budget-test'
				  from oit_disclosure_pub p join oit_item i on i.id = p.item_id join report r on r.id = p.report_id
				  join framework f on f.id = r.framework_id, generate_series(1, 5) n
				  where f.fiscal_year = 2566 and i.code = 'o14';
				insert into indicator_plan_pub (plan_id, report_id, indicator_id, guideline, responsible, period, status, progress, published_at, published_by)
				  select p.id, p.report_id, p.indicator_id, '', '', '', 'DONE', '', now(), 'test' from indicator_plan p
				  join report r on r.id = p.report_id join framework f on f.id = r.framework_id where f.fiscal_year = 2590;
				""");
	}

	@AfterAll
	void removeTinyYear() {
		String report = "(select r.id from report r join framework f on f.id = r.framework_id where f.fiscal_year = 2590)";
		this.jdbc.execute("delete from evidence_pub where published_by = 'budget-test';"
				+ "delete from oit_disclosure_pub where report_id = " + report + ";"
				+ "delete from oit_disclosure where report_id = " + report + ";"
				+ "delete from measure_pub where report_id = " + report + ";"
				+ "delete from measure where report_id = " + report + ";"
				+ "delete from indicator_plan_pub where report_id = " + report + ";"
				+ "delete from indicator_plan where report_id = " + report + ";"
				+ "delete from report where id = " + report + ";"
				+ "delete from oit_item_component where item_id in (select i.id from oit_item i join framework f on f.id = i.framework_id where f.fiscal_year = 2590);"
				+ "delete from oit_item where framework_id = (select id from framework where fiscal_year = 2590);"
				+ "delete from oit_subindicator where indicator_id in (select i.id from indicator i join framework f on f.id = i.framework_id where f.fiscal_year = 2590);"
				+ "delete from indicator where framework_id = (select id from framework where fiscal_year = 2590);"
				+ "delete from framework where fiscal_year = 2590;");
	}

	/** What rendering the page costs: the page cache is emptied first. */
	long statementsFor(String url) throws Exception {
		this.cache.clear();
		return this.statements.count(() -> this.mvc.perform(get(url)).andExpect(status().isOk()));
	}

	long staffStatementsFor(String url) throws Exception {
		RequestPostProcessor admin = new Staff(this.jdbc).admin();
		return this.statements.count(() -> this.mvc.perform(get(url).with(admin)).andExpect(status().isOk()));
	}

	@Test
	void oitIndexCostsTheSameFor43ItemsAsForOne() throws Exception {
		long big = statementsFor("/ita/2566/oit");
		long tiny = statementsFor("/ita/" + TINY_YEAR + "/oit");
		assertThat(big).isEqualTo(tiny).isLessThanOrEqualTo(OIT_INDEX_BUDGET);
	}

	@Test
	void itemPageCostsTheSameWhateverTheItemAndItsEvidence() throws Exception {
		assertThat(this.jdbc.queryForObject("select count(*) from evidence_pub where published_by = 'budget-test'",
				Integer.class))
			.isEqualTo(5);
		long nested = statementsFor("/ita/2566/oit/o14");
		long tiny = statementsFor("/ita/" + TINY_YEAR + "/oit/o1");
		assertThat(nested).isEqualTo(tiny).isLessThanOrEqualTo(ITEM_PAGE_BUDGET);
	}

	@Test
	void homePageCostsAFixedNumber() throws Exception {
		long big = statementsFor("/ita/2566");
		long tiny = statementsFor("/ita/" + TINY_YEAR);
		assertThat(big).isEqualTo(tiny).isLessThanOrEqualTo(HOME_BUDGET);
		assertThat(statementsFor("/")).isLessThanOrEqualTo(HOME_BUDGET);
	}

	@Test
	void measuresPageCostsTheSameFor3MeasuresAnd8PlansAsForOneOfEach() throws Exception {
		long big = statementsFor("/ita/2566/measures");
		long tiny = statementsFor("/ita/" + TINY_YEAR + "/measures");
		assertThat(big).isEqualTo(tiny).isLessThanOrEqualTo(MEASURES_BUDGET);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/ita/2566", "/ita/2566/oit", "/ita/2566/oit/o14", "/ita/2566/measures" })
	void aPageAlreadyRenderedCostsNoStatement(String url) throws Exception {
		statementsFor(url);
		long again = this.statements.count(() -> this.mvc.perform(get(url)).andExpect(status().isOk()));
		assertThat(again).as(url).isEqualTo(CACHED_PAGE_BUDGET);
	}

	@Nested
	class StaffPages {

		@Test
		void dashboardCostsTheSameFor43ItemsAsForOne() throws Exception {
			assertSameAndWithin("/staff/2566", "/staff/" + TINY_YEAR, STAFF_DASHBOARD_BUDGET);
		}

		@Test
		void oitListCostsTheSameFor43ItemsAsForOne() throws Exception {
			assertSameAndWithin("/staff/2566/oit", "/staff/" + TINY_YEAR + "/oit", STAFF_OIT_LIST_BUDGET);
		}

		@Test
		void itemEditCostsTheSameWhateverTheItem() throws Exception {
			assertSameAndWithin("/staff/2566/oit/o14", "/staff/" + TINY_YEAR + "/oit/o1", STAFF_ITEM_EDIT_BUDGET);
		}

		@Test
		void measuresListCostsTheSameFor3MeasuresAsForOne() throws Exception {
			assertSameAndWithin("/staff/2566/measures", "/staff/" + TINY_YEAR + "/measures", STAFF_MEASURES_BUDGET);
		}

		@Test
		void plansListCostsTheSameFor8PlansAsForOne() throws Exception {
			assertSameAndWithin("/staff/2566/plans", "/staff/" + TINY_YEAR + "/plans", STAFF_PLANS_BUDGET);
		}

		void assertSameAndWithin(String big, String tiny, int budget) throws Exception {
			long bigCost = staffStatementsFor(big);
			long tinyCost = staffStatementsFor(tiny);
			assertThat(bigCost).as(big).isEqualTo(tinyCost).isLessThanOrEqualTo(budget);
		}

	}

	@Test
	void aNotModifiedAnswerCostsOneStatement() throws Exception {
		this.cache.clear();
		String etag = this.mvc.perform(get("/ita/2566/oit")).andReturn().getResponse().getHeader("ETag");
		long cost = this.statements.count(() -> this.mvc.perform(get("/ita/2566/oit").header("If-None-Match", etag))
			.andExpect(status().isNotModified()));
		assertThat(cost).isLessThanOrEqualTo(NOT_MODIFIED_BUDGET);
	}

}
