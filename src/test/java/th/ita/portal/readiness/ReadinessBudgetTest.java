package th.ita.portal.readiness;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.ita.portal.support.BudgetTestBase;
import th.ita.portal.support.JdbcStatements;
import th.ita.portal.support.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static th.ita.portal.support.BudgetYears.BIG;
import static th.ita.portal.support.BudgetYears.BIG_ITEMS;
import static th.ita.portal.support.BudgetYears.SAMPLE;
import static th.ita.portal.support.BudgetYears.TINY;

/**
 * A year's readiness costs a constant number of statements, counted on the connections (so the
 * link monitor's JDBC read counts too): the demo year with 43 items × 5 published pieces of
 * evidence, each tied to a component and dated, its links failing for two days, costs what the
 * differently shaped sample year costs, and one more than the one-item year without evidence, whose
 * readiness has no links to look up.
 */
@Import(JdbcStatements.class)
class ReadinessBudgetTest extends BudgetTestBase {

	/**
	 * A page with a form keeps its CSRF token in the session, which lives in PostgreSQL (Spring
	 * Session JDBC, issue 15): writing it back costs two statements, the same for every year.
	 */
	static final int SESSION = 2;

	/**
	 * The report; the year's readiness: the drafts with items and units, the published copies, the
	 * components, the published evidence with its ties, the rules, the links' last checks (6, one
	 * fewer in a year without links); the rules listed on the page.
	 */
	static final int LIST = 8 + SESSION;

	/** The report and the year's readiness. */
	static final int ITEM = 7 + SESSION;

	/** The report, the year's readiness and the audit entry. */
	static final int XLSX = 8;

	@Autowired
	JdbcStatements jdbcStatements;

	RequestPostProcessor admin;

	@BeforeAll
	void tiesDatesAndBrokenLinks() {
		this.admin = new Staff(this.jdbc).admin();
		if (this.jdbc.queryForObject("select count(*) from evidence_pub_component", Integer.class) > 0) {
			return;
		}
		this.jdbc.update("""
				insert into evidence_pub_component (evidence_pub_id, component_id)
				select e.id, (select min(c.id) from oit_item_component c where c.item_id = d.item_id)
				from evidence_pub e join oit_disclosure_pub d on d.disclosure_id = e.disclosure_id
				where exists (select 1 from oit_item_component c where c.item_id = d.item_id)""");
		this.jdbc.update("update evidence_pub set document_date = date '2023-01-15'");
		this.jdbc.update("""
				insert into link_check (evidence_id, url, status, checked_at, first_failure_at, reason)
				select e.evidence_id, e.url, 'BROKEN', now(), now() - interval '2 days', 'NOT_FOUND'
				from evidence_pub e where e.kind = 'LINK'
				on conflict do nothing""");
	}

	long jdbcCost(String url) throws Exception {
		return this.jdbcStatements.count(() -> this.mvc.perform(get(url).with(this.admin)).andExpect(status().isOk()));
	}

	@Test
	void theReadinessPageCostsTheSameFor43ItemsWithFivePiecesEachAsForOneItem() throws Exception {
		long big = jdbcCost("/staff/" + BIG + "/readiness");
		long tiny = jdbcCost("/staff/" + TINY + "/readiness");
		long sample = jdbcCost("/staff/" + SAMPLE + "/readiness");
		assertThat(big).as("43 items").isEqualTo(sample).isEqualTo(LIST);
		assertThat(tiny).as("one item, no links: the links' checks are not read").isEqualTo(LIST - 1);
		String page = this.mvc.perform(get("/staff/" + BIG + "/readiness").with(this.admin))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select("#readiness-caption ~ tbody tr")).hasSize(BIG_ITEMS);
		assertThat(page).contains("เปิดไม่ได้มาตั้งแต่");
	}

	@Test
	void anItemsViewCostsTheSameInEveryYear() throws Exception {
		long big = jdbcCost("/staff/" + BIG + "/readiness/o43");
		long tiny = jdbcCost("/staff/" + TINY + "/readiness/o1");
		long sample = jdbcCost("/staff/" + SAMPLE + "/readiness/O23");
		assertThat(big).isEqualTo(sample).isEqualTo(ITEM);
		assertThat(tiny).isEqualTo(ITEM - 1);
	}

	@Test
	void theAuditorsReportCostsTheSameFor43ItemsAsForOne() throws Exception {
		long big = jdbcCost("/staff/" + BIG + "/readiness.xlsx");
		long tiny = jdbcCost("/staff/" + TINY + "/readiness.xlsx");
		assertThat(big).isEqualTo(XLSX);
		assertThat(tiny).isEqualTo(XLSX - 1);
	}

}
