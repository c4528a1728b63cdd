package th.ita.portal.year;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import th.ita.portal.framework.FrameworkLineage;
import th.ita.portal.support.PortalTest;
import th.ita.portal.support.StaffUsers;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lineage between 2566 and a TEST SAMPLE framework of 2599 (built in {@link YearOpeningTest#sample2599()},
 * not any year's real framework): imported all or nothing, suggested from titles, used when
 * opening the year, and shown on the staff and public item pages.
 */
@PortalTest
class LineageTest {

	private static final String ADMIN = "demo.admin";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("lineage"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffUsers staff;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void normalisingIgnoresSpacesCaseAndThaiDigits() {
		assertThat(FrameworkLineage.normalTitle("  รายงาน   รอบ ๖ เดือน O1 "))
			.isEqualTo(FrameworkLineage.normalTitle("รายงาน รอบ 6 เดือน o1"))
			.isEqualTo(this.jdbc.queryForObject("select ita_normal_title(?)", String.class, "รายงาน\tรอบ ๖ เดือน o1"));
	}

	@Test
	void importedSuggestedShownAndCarried() throws Exception {
		long sample = sampleFramework();
		String page = "/staff/admin/frameworks/" + sample;

		// Suggested: O12's title is 2566's o12 title with other spaces and digits.
		Document before = html(get(page).with(this.staff.as(ADMIN)));
		assertThat(before.select("ul.suggestions li").text()).contains("O12", "2566", "o12");

		// A file with bad rows: refused whole, every row listed, nothing stored.
		String bad = "from_year,from_item,to_item\n2566,o19,O12\n2566,o99,O12\n2590,o1,O1\n2600,o1,O1\nabcd,o1,O1\n2566,o1,O99\n2566,o19,O12\n";
		MvcResult refused = this.mvc.perform(multipart(page + "/lineage").file(csv(bad)).with(this.staff.as(ADMIN)).with(csrf()))
			.andExpect(status().is(422))
			.andReturn();
		Document problems = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(problems.select("#lineage-problems tbody tr")).hasSize(6);
		assertThat(problems.select("#lineage-problems").text()).contains("ไม่มีข้อ o99 ในกรอบของปี 2566",
				"ไม่รู้จักกรอบการประเมินของปี 2590", "ปี 2600 ไม่ใช่ปีก่อนปี 2599", "ปี \"abcd\"",
				"ไม่มีข้อ O99 ในกรอบของปี 2599", "แถวซ้ำ");
		assertThat(lineageRows()).isZero();

		// A good file: several to one (o19, o20, o21 → O12) and one to several (o1 → O1, O2); any case.
		String good = "\uFEFFfrom_year,from_item,to_item\r\n2566,o19,O12\r\n2566,O20,o12\r\n2566,o21,O12\r\n2566,o1,O1\r\n2566,o1,O2\r\n";
		this.mvc.perform(multipart(page + "/lineage").file(csv(good)).with(this.staff.as(ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(lineageRows()).isEqualTo(5);
		Document after = html(get(page).with(this.staff.as(ADMIN)));
		assertThat(after.select("table.lineage tbody tr")).hasSize(5);

		// One row added by hand, and a bad one refused keeping what was typed.
		this.mvc.perform(post(page + "/lineage/add").param("fromYear", "2566").param("fromItem", "o12").param("toItem", "O12")
			.with(this.staff.as(ADMIN)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(lineageRows()).isEqualTo(6);
		MvcResult typed = this.mvc.perform(post(page + "/lineage/add").param("fromYear", "2566").param("fromItem", "o77")
			.param("toItem", "O3").with(this.staff.as(ADMIN)).with(csrf())).andExpect(status().is(422)).andReturn();
		Document typedPage = Jsoup.parse(typed.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(typedPage.select("#lineage-from-item").val()).isEqualTo("o77");
		assertThat(typedPage.select("#lineage-problems").text()).contains("ไม่มีข้อ o77 ในกรอบของปี 2566");
		assertThat(lineageRows()).isEqualTo(6);

		// Opening 2599 carrying from 2566: O12 takes the units of o12, o19, o20 and o21 (lineage), O2 those of o1.
		this.mvc.perform(post("/staff/admin/years").param("year", "2599").param("framework", String.valueOf(sample))
			.param("carryFrom", "2566").param("confirm", "true").with(this.staff.as(ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(units(2599, "O12")).isEqualTo(unitsOf2566("o12", "o19", "o20", "o21"));
		assertThat(units(2599, "O2")).isEqualTo(unitsOf2566("o1")).isNotEmpty();

		// Item pages link to the items they continue.
		Document staffItem = html(get("/staff/2599/oit/O12").with(this.staff.as(ADMIN)));
		assertThat(staffItem.select(".lineage").text()).contains("ใน 2566:", "O12", "O19", "O20", "O21");
		assertThat(staffItem.select(".lineage a").eachAttr("href")).containsExactly("/staff/2566/oit/o12",
				"/staff/2566/oit/o19", "/staff/2566/oit/o20", "/staff/2566/oit/o21");
		// The public sees 2599 once it is published.
		this.mvc.perform(get("/ita/2599/oit/O12")).andExpect(status().isNotFound());
		this.mvc.perform(post("/staff/2599/publish").with(this.staff.as(ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Document publicItem = html(get("/ita/2599/oit/O12"));
		assertThat(publicItem.select(".lineage a").eachAttr("href")).containsExactly("/ita/2566/oit/o12",
				"/ita/2566/oit/o19", "/ita/2566/oit/o20", "/ita/2566/oit/o21");
		assertThat(html(get("/ita/2599/oit/O3")).select(".lineage")).isEmpty();
	}

	private long sampleFramework() throws Exception {
		this.mvc.perform(multipart("/staff/admin/frameworks/import")
			.file(new MockMultipartFile("file", "sample.csv", "text/csv",
					YearOpeningTest.sample2599().getBytes(StandardCharsets.UTF_8)))
			.param("year", "2599")
			.param("name", "ตัวอย่างสำหรับทดสอบ 23 ข้อ (test sample)")
			.with(this.staff.as(ADMIN))
			.with(csrf())).andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("select id from framework where fiscal_year = 2599", Long.class);
	}

	private static MockMultipartFile csv(String text) {
		return new MockMultipartFile("file", "lineage.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	private int lineageRows() {
		return this.jdbc.queryForObject("select count(*) from oit_item_lineage", Integer.class);
	}

	private java.util.List<String> units(int year, String code) {
		return this.jdbc.queryForList("""
				select distinct u.name from oit_disclosure_unit du join unit u on u.id = du.unit_id
				join oit_disclosure d on d.id = du.disclosure_id join oit_item i on i.id = d.item_id
				join report r on r.id = d.report_id where r.fiscal_year = ? and i.code = ? order by u.name""",
				String.class, year, code);
	}

	private java.util.List<String> unitsOf2566(String... codes) {
		return this.jdbc.queryForList("""
				select distinct u.name from oit_disclosure_unit du join unit u on u.id = du.unit_id
				join oit_disclosure d on d.id = du.disclosure_id join oit_item i on i.id = d.item_id
				join report r on r.id = d.report_id where r.fiscal_year = 2566 and i.code = any (?) order by u.name""",
				String.class, (Object) codes);
	}

	private Document html(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
