package th.ita.portal.oit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.StaffUsers;
import th.ita.portal.support.TestDatabase;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Item addresses accept the code in any case and answer a permanent redirect to the framework's
 * own spelling: {@code o12} for 2566, {@code O1} for a year whose framework writes upper case. The
 * upper-case year here is a TEST SAMPLE built below (year 2599, names saying so), not any real
 * year's framework.
 */
@PortalTest
class ItemCodeCaseTest {

	static final int SAMPLE_YEAR = 2599;

	private static final String SAMPLE_YEAR_SQL = """
			insert into framework (fiscal_year, name) values (2599, 'ตัวอย่างสำหรับทดสอบ (test sample, not a NACC framework)');
			insert into indicator (framework_id, number, name, tool)
			  select id, 9, 'การเปิดเผยข้อมูล (ตัวอย่างทดสอบ)', 'OIT' from framework where fiscal_year = 2599;
			insert into oit_subindicator (indicator_id, code, name, position)
			  select i.id, '9.1', 'ข้อมูลตัวอย่าง', 1 from indicator i join framework f on f.id = i.framework_id
			  where f.fiscal_year = 2599;
			insert into oit_item (framework_id, subindicator_id, number, code, title)
			  select f.id, s.id, n, 'O' || n, 'ข้อตัวอย่าง ' || n from framework f
			  join indicator i on i.framework_id = f.id join oit_subindicator s on s.indicator_id = i.id,
			  generate_series(1, 2) n where f.fiscal_year = 2599;
			insert into report (agency_id, framework_id, last_published_at)
			  select a.id, f.id, now() from agency a, framework f where a.is_default and f.fiscal_year = 2599;
			insert into oit_disclosure (report_id, item_id, status)
			  select r.id, i.id, 'NOT_STARTED' from report r join oit_item i on i.framework_id = r.framework_id
			  join framework f on f.id = r.framework_id where f.fiscal_year = 2599;
			""";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("itemcodes"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffUsers staff;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void sampleYear() {
		Integer there = this.jdbc.queryForObject("select count(*) from framework where fiscal_year = 2599", Integer.class);
		if (there == 0) {
			for (String statement : SAMPLE_YEAR_SQL.split(";\\s*\\n")) {
				if (!statement.isBlank()) {
					this.jdbc.execute(statement);
				}
			}
		}
	}

	@Test
	void publicItemOfAnUpperCaseFrameworkIsServedAtItsOwnSpelling() throws Exception {
		this.mvc.perform(get("/ita/2599/oit/O1")).andExpect(status().isOk());
		this.mvc.perform(get("/ita/2599/oit/o1"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/ita/2599/oit/O1"));
	}

	@Test
	void publicItemOf2566AnswersEveryOtherCaseWithThePermanentLink() throws Exception {
		this.mvc.perform(get("/ita/2566/oit/o12")).andExpect(status().isOk());
		this.mvc.perform(get("/ita/2566/oit/O12"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/ita/2566/oit/o12"));
	}

	@Test
	void unknownCodesAreNotFoundInAnyCase() throws Exception {
		for (String path : new String[] { "/ita/2599/oit/O3", "/ita/2599/oit/o3", "/ita/2566/oit/O44",
				"/staff/2599/oit/o3", "/staff/2566/oit/O44", "/ita/2599/oit/o1/evidence/1" }) {
			this.mvc.perform(get(path).with(this.staff.as("demo.admin"))).andExpect(status().isNotFound());
		}
	}

	@Test
	void staffItemAndEvidencePagesRedirectToTheOwnSpelling() throws Exception {
		this.mvc.perform(get("/staff/2599/oit/O2").with(this.staff.as("demo.admin"))).andExpect(status().isOk());
		this.mvc.perform(get("/staff/2599/oit/o2").with(this.staff.as("demo.admin")))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/staff/2599/oit/O2"));
		this.mvc.perform(get("/staff/2599/oit/o2/evidence").with(this.staff.as("demo.admin")))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/staff/2599/oit/O2/evidence"));
		this.mvc.perform(get("/staff/2566/oit/O12/evidence").with(this.staff.as("demo.admin")))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/staff/2566/oit/o12/evidence"));
		this.mvc.perform(get("/staff/2599/oit/O2/evidence").with(this.staff.as("demo.admin")))
			.andExpect(status().isOk());
	}

}
