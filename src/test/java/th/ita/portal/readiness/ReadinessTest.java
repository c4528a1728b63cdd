package th.ita.portal.readiness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.Staff;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An item's readiness as staff read it, item by item, on a database of its own: 2566's o12 asks for
 * evidence covering 1 ต.ค. 2565 – 31 มี.ค. 2566 (its rule, from the seed); other items for evidence
 * dated in the fiscal year; a link failing for more than a day and an unpublished change need
 * attention. Rules naming an unknown item are refused with nothing changed.
 */
@PortalTest
class ReadinessTest {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("readiness"));
		registry.add("ita.storage-dir", ReadinessTest::storage);
	}

	static String storage() {
		try {
			return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "readiness-storage-").toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Staff staff() {
		return new Staff(this.jdbc);
	}

	Document page(String url, RequestPostProcessor as) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(as)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	/** The item's row of the readiness list: its state and reasons as read. */
	Element row(String code) throws Exception {
		for (Element tr : page("/staff/2566/readiness", staff().admin()).select("#readiness-caption ~ tbody tr")) {
			if (tr.child(0).text().equalsIgnoreCase(code)) {
				return tr;
			}
		}
		throw new AssertionError("no row " + code);
	}

	long addLink(String code, String title, String from, String to, boolean allComponents) throws Exception {
		RequestPostProcessor editor = staff().editorOf(Staff.PALAD);
		this.mvc.perform(post("/staff/2566/oit/" + code + "/evidence/link").param("title", title)
			.param("url", "https://example.go.th/" + title.hashCode()).with(editor).with(csrf())).andExpect(status().isFound());
		long id = this.jdbc.queryForObject("select id from evidence where title = ?", Long.class, title);
		var details = post("/staff/2566/oit/" + code + "/evidence/" + id + "/details").param("periodFrom", from)
			.param("periodTo", to).param("version", "0");
		if (allComponents) {
			this.jdbc.queryForList("""
					select c.id from oit_item_component c join oit_item i on i.id = c.item_id join framework f on f.id = i.framework_id
					where f.fiscal_year = 2566 and i.code = ?""", Long.class, code).forEach(c -> details.param("components", c.toString()));
		}
		this.mvc.perform(details.with(editor).with(csrf())).andExpect(status().isFound());
		return id;
	}

	void publishAll() throws Exception {
		this.mvc.perform(post("/staff/2566/publish").with(staff().admin()).with(csrf())).andExpect(status().isFound());
	}

	@Test
	void o12IsReadyOnlyOnceItsEvidenceCoversTheSixMonthsAndNeedsAttentionWhenALinkDiesOrADraftChanges() throws Exception {
		assertThat(row("o12").select(".badge").text()).isEqualTo("ยังไม่พร้อม");
		assertThat(row("o12").text()).contains("ยังไม่มีหลักฐานที่เผยแพร่", "องค์ประกอบที่ 4 ยังไม่มีหลักฐานแสดง");

		long first = addLink("o12", "รายงานไตรมาสแรก", "1/10/2565", "31/12/2565", true);
		publishAll();
		assertThat(row("o12").text()).contains("ยังไม่พร้อม",
				"หลักฐานยังไม่ครอบคลุมช่วงที่ข้อนี้กำหนด 1 ตุลาคม พ.ศ. 2565 ถึง 31 มีนาคม พ.ศ. 2566");

		addLink("o12", "รายงานไตรมาสสอง", "๑/๑/๒๕๖๖", "๓๑/๓/๒๕๖๖", false);
		publishAll();
		assertThat(row("o12").select(".badge").text()).isEqualTo("พร้อม");
		this.mvc.perform(get("/staff/2566/readiness/O12").with(staff().admin())).andExpect(status().isMovedPermanently());
		Document item = page("/staff/2566/readiness/o12", staff().admin());
		assertThat(item.select(".checklist li.fail")).isEmpty();
		assertThat(item.select(".checklist").text()).contains("หลักฐานครอบคลุมช่วงที่ข้อนี้กำหนด");
		assertThat(item.select(".evaluator-view").text()).contains("รายงานไตรมาสแรก", "รายงานไตรมาสสอง",
				"ข้อมูลครอบคลุมในระยะเวลา ๖ เดือนแรก");

		this.jdbc.update("""
				insert into link_check (evidence_id, url, status, checked_at, first_failure_at, reason)
				select evidence_id, url, 'BROKEN', now(), now() - interval '25 hours', 'SIGN_IN_PAGE'
				from evidence_pub where evidence_id = ?""", first);
		assertThat(row("o12").select(".badge").text()).isEqualTo("ควรตรวจสอบ");
		assertThat(row("o12").text()).contains("ลิงก์ \"รายงานไตรมาสแรก\" เปิดไม่ได้มาตั้งแต่");

		this.jdbc.update("update link_check set status = 'OK', first_failure_at = null, reason = null");
		this.mvc.perform(post("/staff/2566/oit/o12/evidence/" + first + "/up").with(staff().editorOf(Staff.PALAD)).with(csrf()));
		this.mvc.perform(post("/staff/2566/oit/o12/evidence/" + first + "/down").with(staff().editorOf(Staff.PALAD)).with(csrf()));
		assertThat(row("o12").text()).contains("ควรตรวจสอบ", "มีการแก้ไขที่ยังไม่ได้เผยแพร่");
	}

	@Test
	void otherItemsAskForEvidenceDatedInTheFiscalYear() throws Exception {
		addLink("o4", "แผนพัฒนาท้องถิ่น", "1/10/2563", "30/9/2564", true);
		publishAll();
		assertThat(row("o4").text()).contains("ยังไม่พร้อม", "หลักฐาน \"แผนพัฒนาท้องถิ่น\" ลงวันที่นอกปีงบประมาณ 2566");
		addLink("o6", "ข่าวประชาสัมพันธ์", "", "", true);
		publishAll();
		assertThat(row("o6").text()).contains("ควรตรวจสอบ", "หลักฐาน \"ข่าวประชาสัมพันธ์\" ยังไม่ได้ระบุวันที่หรือช่วงเวลา");
	}

	@Test
	void theListPutsAnEditorsOwnItemsFirstThenTheWorstAndFiltersByUnit() throws Exception {
		long klang = staff().unitId(Staff.KLANG);
		Document page = page("/staff/2566/readiness", staff().editorOf(Staff.KLANG));
		var rows = page.select("#readiness-caption ~ tbody tr");
		assertThat(rows.first().select(".tag").text()).isEqualTo("หน่วยงานของท่าน");
		assertThat(rows.last().select(".tag")).isEmpty();
		Document filtered = page("/staff/2566/readiness?unit=" + klang, staff().auditor());
		assertThat(filtered.select("#readiness-caption ~ tbody tr")).isNotEmpty()
			.allSatisfy(tr -> assertThat(tr.child(2).text()).contains(Staff.KLANG));
		assertThat(page("/staff/2566/readiness?unit=abc", staff().auditor()).select("#readiness-caption ~ tbody tr"))
			.hasSize(43);
		assertThat(page("/staff/2566", staff().auditor()).select("#readiness-h ~ p").text())
			.matches("พร้อม (\\d+) ข้อ ควรตรวจสอบ (\\d+) ข้อ ยังไม่พร้อม (\\d+) ข้อ \\(พร้อมร้อยละ [0-9.]+\\) ดูความพร้อมทุกข้อ");
	}

	@Test
	void anItemNobodyPublishedShowsTheNoticeTheEvaluatorWouldMeet() throws Exception {
		this.jdbc.update("""
				delete from oit_disclosure_pub where item_id = (select i.id from oit_item i join framework f on f.id = i.framework_id
				where f.fiscal_year = 2566 and i.code = 'o43')""");
		Document item = page("/staff/2566/readiness/o43", staff().auditor());
		assertThat(item.select(".evaluator-view .alert").text()).contains("ข้อนี้ยังไม่ได้เผยแพร่");
		assertThat(item.select(".checklist li.fail").text()).contains("ยังไม่ได้เผยแพร่");
		this.mvc.perform(get("/staff/2566/readiness/o99").with(staff().auditor())).andExpect(status().isNotFound());
		this.mvc.perform(get("/staff/2599/readiness").with(staff().auditor())).andExpect(status().isNotFound());
	}

	@Test
	void auditorsGetARealWorkbookOfEveryItemAndTheAnswerSheetMarksItemsNotReady() throws Exception {
		byte[] bytes = this.mvc.perform(get("/staff/2566/readiness.xlsx").with(staff().auditor()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
			var items = book.getSheetAt(0);
			assertThat(items.getRow(0).getCell(4).getStringCellValue()).isEqualTo("ความพร้อม");
			assertThat(items.getLastRowNum()).isEqualTo(43);
			assertThat(items.getRow(1).getCell(0).getStringCellValue()).isEqualTo("O1");
			assertThat(items.getRow(1).getCell(4).getStringCellValue()).isEqualTo("ยังไม่พร้อม");
			assertThat(items.getRow(1).getCell(5).getStringCellValue()).contains("ยังไม่มีหลักฐานที่เผยแพร่");
			var shares = book.getSheetAt(1);
			assertThat(shares.getRow(shares.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("รวมทุกข้อ");
		}
		this.mvc.perform(get("/staff/2566/readiness.xlsx").with(staff().editorOf(Staff.PALAD))).andExpect(status().isForbidden());

		byte[] answers = this.mvc.perform(get("/staff/exports/2566.answers-xlsx").with(staff().auditor()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(answers))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("ยังไม่พร้อม (ตรวจก่อนส่ง)");
			assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("ยังไม่พร้อม");
		}
	}

	@Nested
	class Rules {

		int rules() {
			return jdbc.queryForObject("select count(*) from readiness_rule", Integer.class);
		}

		@Test
		void theSeedsRulesAreThereFor2566() {
			assertThat(jdbc.queryForList("""
					select i.code || ' ' || r.period_from || ' ' || r.period_to from readiness_rule r join oit_item i on i.id = r.item_id
					where r.created_by = 'V46' order by i.number""", String.class))
				.containsExactly("o12 2022-10-01 2023-03-31", "o13 2021-10-01 2022-09-30");
		}

		@Test
		void aRuleNamingAnUnknownItemIsRefusedWithNothingChanged() throws Exception {
			int before = rules();
			String html = mvc.perform(post("/staff/2566/readiness/rules").param("code", "o99").param("periodFrom", "1/10/2565")
				.param("periodTo", "31/3/2566").param("source", "ตามคู่มือ").with(staff().admin()).with(csrf()))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
			Document page = Jsoup.parse(html);
			assertThat(page.select("#rule-code-error").text()).isEqualTo("กรอบการประเมินของปีนี้ไม่มีข้อ \"o99\" จึงไม่ได้บันทึกสิ่งใด");
			assertThat(page.select("#rule-source").attr("value")).isEqualTo("ตามคู่มือ");
			assertThat(rules()).isEqualTo(before);
		}

		@Test
		void aRuleWithAYearOutside2500To2700OrAnInvertedPeriodIsRefused() throws Exception {
			int before = rules();
			Document page = Jsoup.parse(mvc.perform(post("/staff/2566/readiness/rules").param("code", "o16")
				.param("periodFrom", "1/10/2022").param("periodTo", "1/1/2566").param("source", "x")
				.with(staff().admin()).with(csrf())).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
				.getContentAsString());
			assertThat(page.select("#rule-periodFrom-error").text()).contains("2500 ถึง 2700");
			mvc.perform(post("/staff/2566/readiness/rules").param("code", "o16").param("periodFrom", "31/3/2566")
				.param("periodTo", "1/10/2565").param("source", "x").with(staff().admin()).with(csrf()))
				.andExpect(status().isUnprocessableContent());
			assertThat(rules()).isEqualTo(before);
		}

		@Test
		void anAdminAddsAndReplacesARuleAndEveryChangeIsAudited() throws Exception {
			mvc.perform(post("/staff/2566/readiness/rules").param("code", "o16").param("periodFrom", "1/10/2565")
				.param("periodTo", "31/3/2566").param("source", "ครอบคลุมในระยะเวลา ๖ เดือนแรก").with(staff().admin()).with(csrf()))
				.andExpect(status().isFound());
			mvc.perform(post("/staff/2566/readiness/rules").param("code", "O16").param("periodFrom", "1/10/2565")
				.param("periodTo", "30/9/2566").param("source", "ทั้งปี").with(staff().admin()).with(csrf()))
				.andExpect(status().isFound());
			assertThat(jdbc.queryForObject("""
					select r.period_to from readiness_rule r join oit_item i on i.id = r.item_id where i.code = 'o16'""",
					java.time.LocalDate.class)).isEqualTo(java.time.LocalDate.of(2023, 9, 30));
			assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'READINESS_RULE_CHANGED'",
					Integer.class)).isGreaterThanOrEqualTo(3);
		}

		@Test
		void onlyAdminsChangeRules() throws Exception {
			int before = rules();
			mvc.perform(post("/staff/2566/readiness/rules").param("code", "o16").param("periodFrom", "1/10/2565")
				.param("periodTo", "31/3/2566").param("source", "x").with(staff().approver()).with(csrf()))
				.andExpect(status().isForbidden());
			long id = jdbc.queryForObject("select min(id) from readiness_rule", Long.class);
			mvc.perform(post("/staff/2566/readiness/rules/" + id + "/remove").with(staff().editorOf(Staff.PALAD)).with(csrf()))
				.andExpect(status().isForbidden());
			assertThat(rules()).isEqualTo(before);
		}

	}

}
