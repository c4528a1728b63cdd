package th.ita.portal.year;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import th.ita.portal.support.JdbcStatements;
import th.ita.portal.support.PortalTest;
import th.ita.portal.support.Race;
import th.ita.portal.support.StaffUsers;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Opening a year, on its own database. The frameworks of 2598 and 2599 are TEST SAMPLES built
 * here, named as such: not any year's real framework. 2599's is shaped unlike 2566 (23 items
 * O1–O23 in seven sub-indicators, with topics); its O12 has 2566's o12 title written with Arabic
 * digits and extra spaces (so that the same-code-and-title rule carries o12's units), its O13 has
 * the code of 2566's o13 but another title (so nothing is carried to it).
 */
@PortalTest
@Import(JdbcStatements.class)
class YearOpeningTest {

	private static final String ADMIN = "demo.admin";

	private static final String HEADER = "indicator,indicator_name,tool,subindicator,subindicator_name,topic,item,item_title,component,depth\r\n";

	private static final String O12_TITLE_2566 = "รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณประจำปีรอบ ๖ เดือน";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("years"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffUsers staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcStatements jdbcStatements;

	/**
	 * The statements of opening a year carrying from 2566, whatever its number of items: the
	 * request's sign-in and checks, the report, the drafts, units, measures and links, two for
	 * the revisions, the audit entry.
	 */
	static final int OPENING = 40;

	/** 23 items O1–O23 in seven sub-indicators (9.1–9.4, 10.1–10.3): four items in 9.1 and 9.2, three in the others. */
	static String sample2599() {
		StringBuilder csv = new StringBuilder(HEADER);
		csv.append("1,ตัวชี้วัดตัวอย่างสำหรับทดสอบ,IIT,,,,,,,\r\n");
		String[] subs = { "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "10.3" };
		int[] sizes = { 4, 4, 3, 3, 3, 3, 3 };
		int n = 0;
		for (int s = 0; s < subs.length; s++) {
			String sub = subs[s];
			String indicator = sub.startsWith("10") ? "10" : "9";
			for (int k = 0; k < sizes[s]; k++) {
				n++;
				String title = (n == 12) ? "  รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณประจำปีรอบ   6  เดือน "
						: "ข้อตัวอย่างสำหรับทดสอบ " + n;
				csv.append(indicator).append(",ตัวชี้วัดตัวอย่าง ").append(indicator).append(",OIT,").append(sub)
					.append(",ตัวชี้วัดย่อยตัวอย่าง ").append(sub).append(",หัวข้อตัวอย่าง ").append(sub).append(",O")
					.append(n).append(",\"").append(title).append("\",องค์ประกอบตัวอย่าง,0\r\n");
			}
		}
		return csv.toString();
	}

	long importSample(int year, String name, String csv) throws Exception {
		this.mvc.perform(multipart("/staff/admin/frameworks/import")
			.file(new MockMultipartFile("file", "sample.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("year", String.valueOf(year))
			.param("name", name)
			.with(this.staff.as(ADMIN))
			.with(csrf())).andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("select id from framework where fiscal_year = ? and name = ?", Long.class, year,
				name);
	}

	long frameworkOr(int year, String name, String csv) throws Exception {
		List<Long> there = this.jdbc.queryForList("select id from framework where fiscal_year = ? and name = ?",
				Long.class, year, name);
		return there.isEmpty() ? importSample(year, name, csv) : there.get(0);
	}

	MvcResult postOpen(String year, String framework, String carryFrom, boolean confirm) throws Exception {
		return this.mvc.perform(post("/staff/admin/years").param("year", year)
			.param("framework", framework)
			.param("carryFrom", carryFrom)
			.param("confirm", String.valueOf(confirm))
			.with(this.staff.as(ADMIN))
			.with(csrf())).andReturn();
	}

	int reports() {
		return this.jdbc.queryForObject("select count(*) from report", Integer.class);
	}

	@Test
	void onlyAdminsSeeThePage() throws Exception {
		this.mvc.perform(get("/staff/admin/years").with(this.staff.as(ADMIN))).andExpect(status().isOk());
		this.mvc.perform(get("/staff/admin/years").with(this.staff.as("demo.palad"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/staff/admin/years").param("year", "2599").with(this.staff.as("demo.palad")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputIsRefusedWithAMessageKeepingWhatWasTyped() throws Exception {
		long sample = frameworkOr(2599, "ตัวอย่างสำหรับทดสอบ 23 ข้อ (test sample)", sample2599());
		int before = reports();
		assertRefused(postOpen("25x9", String.valueOf(sample), "", false), 422, "25x9", "ระหว่าง 2500 ถึง 2700");
		assertRefused(postOpen("2499", String.valueOf(sample), "", true), 422, "2499", "ระหว่าง 2500 ถึง 2700");
		assertRefused(postOpen("", String.valueOf(sample), "", false), 422, "", "กรุณากรอกปีงบประมาณ");
		assertRefused(postOpen("2599", "999999", "", true), 422, "2599", "ไม่พบกรอบการประเมินที่เลือก");
		assertRefused(postOpen("2599", "abc", "", false), 422, "2599", "ไม่พบกรอบการประเมินที่เลือก");
		assertRefused(postOpen("2598", String.valueOf(sample), "", true), 422, "2598",
				"กรอบการประเมินที่เลือกเป็นของปี 2599 ไม่ใช่ปี 2598");
		assertRefused(postOpen("2599", String.valueOf(sample), "2590", true), 422, "2599", "ปี 2590 ยังไม่ได้เปิด");
		long seed = this.jdbc.queryForObject("select framework_id from report where fiscal_year = 2566", Long.class);
		assertRefused(postOpen("2566", String.valueOf(seed), "", true), 409, "2566", "ปี 2566 เปิดไว้แล้ว เปิดซ้ำไม่ได้");
		assertThat(reports()).isEqualTo(before);
	}

	private void assertRefused(MvcResult result, int status, String typedYear, String message) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#error-summary").text()).contains(message);
		assertThat(page.select("input#year").val()).isEqualTo(typedYear);
	}

	@Test
	void previewThenOpenCarryingFrom2566() throws Exception {
		long sample = frameworkOr(2599, "ตัวอย่างสำหรับทดสอบ 23 ข้อ (test sample)", sample2599());
		// A link on 2566's o12, as staff would have added it (a test sample).
		this.jdbc.update("""
				insert into evidence (disclosure_id, kind, title, url, position, created_by)
				select d.id, 'LINK', 'ลิงก์ตัวอย่างสำหรับทดสอบ', 'https://example.org/sample', 99, 'demo.admin'
				from oit_disclosure d join oit_item i on i.id = d.item_id join report r on r.id = d.report_id
				where r.fiscal_year = 2566 and i.code = 'o12'""");
		int before = reports();
		MvcResult preview = postOpen("2599", String.valueOf(sample), "2566", false);
		assertThat(preview.getResponse().getStatus()).isEqualTo(200);
		assertThat(reports()).as("a preview changes nothing").isEqualTo(before);
		Document page = Jsoup.parse(preview.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("table.preview tbody tr")).hasSize(23);
		assertThat(page.select("table.preview tbody tr").get(11).text()).contains("O12", "o12");
		assertThat(page.select("table.preview tbody tr").get(12).select("td").get(1).text()).isEqualTo("ไม่มี");
		assertThat(page.select("input[name=confirm]").val()).isEqualTo("true");

		MvcResult opened = postOpen("2599", String.valueOf(sample), "2566", true);
		assertThat(opened.getResponse().getStatus()).isEqualTo(302);
		long report = this.jdbc.queryForObject("select id from report where fiscal_year = 2599", Long.class);
		assertThat(this.jdbc.queryForObject("select count(*) from oit_disclosure where report_id = ?", Integer.class,
				report)).isEqualTo(23);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from oit_disclosure where report_id = ? and (status <> 'NOT_STARTED' or progress <> '')",
				Integer.class, report)).isZero();
		List<String> unitsOf2566 = this.jdbc.queryForList("""
				select u.name from oit_disclosure_unit du join unit u on u.id = du.unit_id
				join oit_disclosure d on d.id = du.disclosure_id join oit_item i on i.id = d.item_id
				join report r on r.id = d.report_id where r.fiscal_year = ? and i.code = ? order by u.name""",
				String.class, 2566, "o12");
		assertThat(unitsOf2566).isNotEmpty();
		assertThat(this.jdbc.queryForList("""
				select u.name from oit_disclosure_unit du join unit u on u.id = du.unit_id
				join oit_disclosure d on d.id = du.disclosure_id join oit_item i on i.id = d.item_id
				where d.report_id = ? and i.code = ? order by u.name""", String.class, report, "O12"))
			.isEqualTo(unitsOf2566);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from oit_disclosure_unit du join oit_disclosure d on d.id = du.disclosure_id
				join oit_item i on i.id = d.item_id where d.report_id = ? and i.code <> 'O12'""", Integer.class, report))
			.as("no other item continues a 2566 item").isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from measure where report_id = ? and status = 'NOT_STARTED' and deleted_at is null",
				Integer.class, report))
			.isEqualTo(this.jdbc.queryForObject("""
					select count(*) from measure m join report r on r.id = m.report_id
					where r.fiscal_year = 2566 and m.deleted_at is null""", Integer.class))
			.isPositive();
		assertThat(this.jdbc.queryForList(
				"select e.carried_from from evidence e join oit_disclosure d on d.id = e.disclosure_id where d.report_id = ?",
				Integer.class, report)).containsExactly(2566);
		assertThat(this.jdbc.queryForObject("select count(*) from evidence_pub e join oit_disclosure d"
				+ " on d.id = e.disclosure_id where d.report_id = ?", Integer.class, report)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_log where action = 'YEAR_OPENED' and subject like 'year 2599:%'",
				Integer.class)).isEqualTo(1);

		// Every draft the opening created has its first revision, saying where it came from.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from revision where report_id = ? and action = 'OPENED' and entity_type = 'DISCLOSURE'",
				Integer.class, report)).isEqualTo(23);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from revision where report_id = ? and action = 'OPENED' and entity_type = 'MEASURE'",
				Integer.class, report))
			.isEqualTo(this.jdbc.queryForObject("select count(*) from measure where report_id = ?", Integer.class, report));
		assertThat(this.jdbc.queryForObject("select count(*) from revision where report_id = ? and action <> 'OPENED'",
				Integer.class, report)).isZero();
		long o12 = this.jdbc.queryForObject("""
				select d.id from oit_disclosure d join oit_item i on i.id = d.item_id where d.report_id = ? and i.code = 'O12'""",
				Long.class, report);
		Document history = html(get("/staff/2599/history/disclosure/" + o12).with(this.staff.as(ADMIN)));
		assertThat(history.select("li.revision-opened")).hasSize(1);
		assertThat(history.select("li.revision-opened").text()).contains("สร้างเมื่อเปิดปีงบประมาณ", "ยกมาจาก",
				"2566: O12", unitsOf2566.get(0),
				"ลิงก์ตัวอย่างสำหรับทดสอบ — https://example.org/sample", "ยังไม่ได้ดำเนินการ");
		long o13 = this.jdbc.queryForObject("""
				select d.id from oit_disclosure d join oit_item i on i.id = d.item_id where d.report_id = ? and i.code = 'O13'""",
				Long.class, report);
		assertThat(html(get("/staff/2599/history/disclosure/" + o13 + "?lang=en").with(this.staff.as(ADMIN)))
			.select("li.revision-opened").text()).contains("Created when the year was opened").doesNotContain("Carried from");
		long measure = this.jdbc.queryForObject("select min(id) from measure where report_id = ?", Long.class, report);
		assertThat(html(get("/staff/2599/history/measure/" + measure).with(this.staff.as(ADMIN))).select("li.revision-opened")
			.text()).contains("สร้างเมื่อเปิดปีงบประมาณ", "ยกมาจาก", "2566");

		// The new year's pages use its own framework.
		Document list = html(get("/staff/2599/oit").with(this.staff.as(ADMIN)));
		assertThat(list.text()).contains("O1 ข้อตัวอย่างสำหรับทดสอบ 1", "O23 ข้อตัวอย่างสำหรับทดสอบ 23")
			.doesNotContain("O24", "O43");
		Document item = html(get("/staff/2599/oit/O12").with(this.staff.as(ADMIN)));
		assertThat(item.text()).contains("O12");
		Document evidence = html(get("/staff/2599/oit/O12/evidence").with(this.staff.as(ADMIN)));
		assertThat(evidence.text()).contains("จากปี 2566 ตรวจก่อนเผยแพร่");
		// Nothing public until published: the year is unknown to the public, then published it shows.
		for (String path : List.of("/ita/2599", "/ita/2599/oit", "/ita/2599/oit/O12", "/ita/2599/measures")) {
			assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
		}
		assertThat(html(get("/")).text()).doesNotContain("2599");
		this.mvc.perform(post("/staff/2599/publish").with(this.staff.as(ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Document index = html(get("/ita/2599/oit"));
		assertThat(index.text()).contains("ตัวชี้วัดย่อยตัวอย่าง 10.3", "O23").doesNotContain("O43");

		// Opening it again: refused, nothing changed.
		assertThat(postOpen("2599", String.valueOf(sample), "", true).getResponse().getStatus()).isEqualTo(409);
		assertThat(this.jdbc.queryForObject("select count(*) from report where fiscal_year = 2599", Integer.class))
			.isEqualTo(1);
	}

	/**
	 * Opening a year costs a fixed number of statements: the drafts, what is carried and their
	 * revisions are written in batches, so 23 items cost what one item costs.
	 */
	@Test
	void openingCostsTheSameStatementsForOneItemAsForTwentyThree() throws Exception {
		String one = HEADER + "9,ตัวชี้วัดตัวอย่างสำหรับทดสอบ,OIT,9.1,ย่อยตัวอย่าง,,O1,ข้อตัวอย่างสำหรับทดสอบ,,\r\n";
		long small = frameworkOr(2596, "ตัวอย่างสำหรับทดสอบ 1 ข้อ (test sample)", one);
		long big = frameworkOr(2595, "ตัวอย่างสำหรับทดสอบ 23 ข้อ (test sample)", sample2599());
		long oneItem = this.jdbcStatements.count(() -> assertThat(postOpen("2596", String.valueOf(small), "2566", true)
			.getResponse().getStatus()).isEqualTo(302));
		long items23 = this.jdbcStatements.count(() -> assertThat(postOpen("2595", String.valueOf(big), "2566", true)
			.getResponse().getStatus()).isEqualTo(302));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from revision v join report r on r.id = v.report_id
				where r.fiscal_year = 2595 and v.action = 'OPENED' and v.entity_type = 'DISCLOSURE'""", Integer.class))
			.isEqualTo(23);
		assertThat(items23).isEqualTo(oneItem).isLessThanOrEqualTo(OPENING);
	}

	@Test
	void twoAdminsOpeningTheSameYearAtOnceOpenItOnce() throws Exception {
		String csv = HEADER + "9,ตัวชี้วัดตัวอย่างสำหรับทดสอบ,OIT,9.1,ย่อยตัวอย่าง,,O1,ข้อตัวอย่างสำหรับทดสอบ,,\r\n";
		long sample = frameworkOr(2598, "ตัวอย่างสำหรับทดสอบการเปิดพร้อมกัน (test sample)", csv);
		try (Race race = new Race(2)) {
			List<Integer> answers = race.run(() -> postOpen("2598", String.valueOf(sample), "", true).getResponse()
				.getStatus(), () -> postOpen("2598", String.valueOf(sample), "", true).getResponse().getStatus());
			assertThat(answers).containsExactlyInAnyOrder(302, 409);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from report where fiscal_year = 2598", Integer.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from oit_disclosure d join report r on r.id = d.report_id where r.fiscal_year = 2598",
				Integer.class)).isEqualTo(1);
	}

	private Document html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
