package th.ita.portal.result;

import java.math.BigDecimal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.StaffUsers;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admins record a year's published scores and result; the rule suggests, the admin confirms;
 * bad scores come back with a message and the typed text; stale forms get a 409; others are
 * refused. The demo year keeps the seed's 91.45 ผ่าน and no tool or indicator score (the seed
 * gives none); scores other than 91.45 below are test values, not any agency's results.
 */
@PortalTest
class ResultPagesTest {

	static final String FORM = "/staff/admin/years/2566/result";

	static final String ADMIN = "demo.admin";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("results"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffUsers staff;

	@Autowired
	JdbcTemplate jdbc;

	Document adminPage(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(this.staff.as(ADMIN))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	Document publicPage(String path, String lang) throws Exception {
		MockHttpServletRequestBuilder request = get(path).accept(MediaType.TEXT_HTML);
		if (lang != null) {
			request.param("lang", lang);
		}
		return Jsoup.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	long version() {
		return this.jdbc.queryForObject("""
				select r.version from report r join framework f on f.id = r.framework_id where f.fiscal_year = 2566""", Long.class);
	}

	long indicatorId(int number) {
		return this.jdbc.queryForObject("""
				select i.id from indicator i join framework f on f.id = i.framework_id
				where f.fiscal_year = 2566 and i.number = ?""", Long.class, number);
	}

	MvcResult save(long version, String overall, String result, String... more) throws Exception {
		MockHttpServletRequestBuilder request = post(FORM).param("version", Long.toString(version))
			.param("overall", overall).param("result", result).param("action", "save");
		for (int i = 0; i + 1 < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return this.mvc.perform(request.with(this.staff.as(ADMIN)).with(csrf())).andReturn();
	}

	MvcResult saveSeedFigures() throws Exception {
		return save(version(), "91.45", "ผ่าน");
	}

	String stored() {
		return this.jdbc.queryForObject("""
				select r.overall_score || ' ' || r.result || ' ' || (select count(*) from report_score s where s.report_id = r.id)
				from report r join framework f on f.id = r.framework_id where f.fiscal_year = 2566""", String.class);
	}

	@Nested
	class TheForm {

		@Test
		void showsTheSeedFiguresTheRulesSuggestionAndEmptyToolScores() throws Exception {
			Document page = adminPage(FORM);
			assertThat(page.select("#overall").val()).isEqualTo("91.45");
			assertThat(page.select("#result").val()).isEqualTo("ผ่าน");
			assertThat(page.select("#tool-IIT").val()).isEmpty();
			assertThat(page.select("#tool-EIT").val()).isEmpty();
			assertThat(page.select("input[name^=indicators]")).hasSize(10);
			assertThat(page.select("#suggestion").text()).contains("ระดับตามเกณฑ์: ผ่าน");
			assertThat(page.select("form[method=post] input[name=_csrf]")).isNotEmpty();
			assertThat(page.select(".year-switcher a").eachText()).containsExactly("ปีงบประมาณ พ.ศ. 2566");
		}

		@Test
		void suggestFillsTheRulesLevelWithoutSavingAndSaysWhyBelowThePassMark() throws Exception {
			long before = version();
			Document page = Jsoup.parse(mvc.perform(post(FORM).param("version", Long.toString(before))
				.param("overall", "80").param("result", "").param("action", "suggest")
				.with(staff.as(ADMIN)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			assertThat(page.select("#suggestion").text()).contains("ไม่ถึงระดับใดในเกณฑ์", "ไม่ถึงระดับ ผ่าน", "85.00", "80.00");
			assertThat(page.select("#result").val()).isEmpty();
			page = Jsoup.parse(mvc.perform(post(FORM).param("version", Long.toString(before))
				.param("overall", "88.5").param("result", "").param("action", "suggest")
				.with(staff.as(ADMIN)).with(csrf())).andReturn().getResponse().getContentAsString());
			assertThat(page.select("#result").val()).isEqualTo("ผ่าน");
			assertThat(version()).isEqualTo(before);
			assertThat(stored()).isEqualTo("91.45 ผ่าน 0");
		}

		@Test
		void theRuleOfTheFrameworkDecidesTheSuggestionIncludingAPerToolMinimum() throws Exception {
			long framework = jdbc.queryForObject("select id from framework where fiscal_year = 2566", Long.class);
			long ruleVersion = jdbc.queryForObject("select version from result_rule where framework_id = ?", Long.class, framework);
			try {
				mvc.perform(post("/staff/admin/frameworks/" + framework + "/result-rule").param("version", Long.toString(ruleVersion))
					.param("levels", RuleText.HEADER + "\nระดับทดสอบสูง,90,,85,\nผ่าน,85")
					.with(staff.as(ADMIN)).with(csrf())).andExpect(status().is3xxRedirection());
				Document page = Jsoup.parse(mvc.perform(post(FORM).param("version", Long.toString(version()))
					.param("overall", "94.64").param("tools[EIT]", "84.10").param("result", "").param("action", "suggest")
					.with(staff.as(ADMIN)).with(csrf())).andReturn().getResponse().getContentAsString());
				assertThat(page.select("#result").val()).isEqualTo("ผ่าน");
				assertThat(page.select("#suggestion li").eachText()).containsExactly(
						"ไม่ถึงระดับ ระดับทดสอบสูง: ต้องได้ EIT อย่างน้อย 85.00 แต่ได้ 84.10");
				assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'RESULT_RULE_CHANGED'", Long.class))
					.isEqualTo(1);
			}
			finally {
				jdbc.update("delete from result_level where framework_id = ?", framework);
				jdbc.update("insert into result_level (framework_id, position, name, min_total) values (?, 1, 'ผ่าน', 85)", framework);
			}
		}

	}

	@Nested
	class Saving {

		@Test
		void savesTheScoresAndResultAuditsItAndRedirects() throws Exception {
			try {
				MvcResult result = save(version(), "๙๐.๕๐", "ผลทดสอบ", "tools[IIT]", "88.25", "indicators[" + indicatorId(9) + "]", "70");
				assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(FORM);
				assertThat(stored()).isEqualTo("90.50 ผลทดสอบ 2");
				assertThat(jdbc.queryForObject("select subject from audit_log where action = 'RESULT_RECORDED' order by id desc limit 1",
						String.class)).contains("91.45 ผ่าน", "90.50 ผลทดสอบ", "IIT 88.25", "9: 70.00");
				Document page = adminPage(FORM);
				assertThat(page.select("#tool-IIT").val()).isEqualTo("88.25");
				assertThat(page.select("#indicator-" + indicatorId(9)).val()).isEqualTo("70.00");
			}
			finally {
				assertThat(saveSeedFigures().getResponse().getStatus()).isEqualTo(302);
			}
			assertThat(stored()).isEqualTo("91.45 ผ่าน 0");
		}

		@ParameterizedTest
		@ValueSource(strings = { "100.5", "-3", "abc", "91.455", "1e2" })
		void aScoreOutside0To100IsRefusedWithAMessageAndTheTypedTextKept(String typed) throws Exception {
			MvcResult result = save(version(), typed, "ผ่าน", "tools[OIT]", typed);
			assertThat(result.getResponse().getStatus()).isEqualTo(422);
			Document page = Jsoup.parse(result.getResponse().getContentAsString());
			assertThat(page.select("#overall").val()).isEqualTo(typed);
			assertThat(page.select("#tool-OIT").val()).isEqualTo(typed);
			assertThat(page.select(".field-error").eachText()).hasSize(2)
				.allSatisfy(t -> assertThat(t).isEqualTo("คะแนนต้องเป็นตัวเลข 0 ถึง 100 ทศนิยมไม่เกิน 2 ตำแหน่ง เช่น 91.45"));
			assertThat(stored()).isEqualTo("91.45 ผ่าน 0");
		}

		@Test
		void aResultIsRequiredAndTheEnglishMessageIsEnglish() throws Exception {
			MvcResult result = mvc.perform(post(FORM).param("version", Long.toString(version())).param("overall", "120")
				.param("result", "").param("action", "save").param("lang", "en")
				.with(staff.as(ADMIN)).with(csrf())).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(422);
			assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select(".field-error").eachText())
				.contains("A score is a number from 0 to 100 with at most two decimals, e.g. 91.45.",
						"Enter the result, or press \"Suggest the level\".");
		}

		@Test
		void aFormOpenedBeforeAnotherSaveGetsA409WithItsTextKeptAndNothingOverwritten() throws Exception {
			long opened = version();
			assertThat(save(opened, "91.45", "ผ่าน").getResponse().getStatus()).isEqualTo(302);
			MvcResult stale = save(opened, "50", "ข้อความที่พิมพ์ค้างไว้");
			assertThat(stale.getResponse().getStatus()).isEqualTo(409);
			Document page = Jsoup.parse(stale.getResponse().getContentAsString());
			assertThat(page.select("#stale").text()).contains("91.45", "ผ่าน");
			assertThat(page.select("#result").val()).isEqualTo("ข้อความที่พิมพ์ค้างไว้");
			assertThat(page.select("#version").val()).isEqualTo(Long.toString(version()));
			assertThat(stored()).isEqualTo("91.45 ผ่าน 0");
		}

	}

	@Nested
	class Access {

		@ParameterizedTest
		@ValueSource(strings = { FORM, "/staff/admin/results", "/staff/admin/frameworks/1/result-rule" })
		void editorsAndAuditorsAreRefusedAndAnonymousIsSentToSignIn(String path) throws Exception {
			mvc.perform(get(path).with(staff.as("demo.palad"))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(staff.as("demo.auditor"))).andExpect(status().isForbidden());
			mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}

		@Test
		void anEditorCannotSaveAndNoFormWithoutCsrfIsTaken() throws Exception {
			mvc.perform(post(FORM).param("version", Long.toString(version())).param("overall", "10").param("result", "x")
				.with(staff.as("demo.palad")).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post(FORM).param("version", Long.toString(version())).param("overall", "10").param("result", "x")
				.with(staff.as(ADMIN))).andExpect(status().isForbidden());
			assertThat(stored()).isEqualTo("91.45 ผ่าน 0");
		}

		@Test
		void anUnknownYearOrFrameworkIs404() throws Exception {
			mvc.perform(get("/staff/admin/years/2599/result").with(staff.as(ADMIN))).andExpect(status().isNotFound());
			mvc.perform(get("/staff/admin/frameworks/999999/result-rule").with(staff.as(ADMIN))).andExpect(status().isNotFound());
			mvc.perform(get("/ita/2599").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		}

	}

	@Nested
	class PublicPages {

		@Test
		void theHomePageDrawsTheOneYearAsAPointWithATableInThai() throws Exception {
			Document home = publicPage("/", null);
			assertThat(home.select("svg[role=img]")).hasSize(1);
			assertThat(home.select("svg > title").text()).isEqualTo("ผลการประเมิน ITA ในแต่ละปี");
			assertThat(home.select("svg > desc").text()).contains("1 ปีงบประมาณ", "2566");
			assertThat(home.select("svg").attr("aria-labelledby")).isEqualTo("trend-title trend-desc");
			assertThat(home.select("svg .series-overall circle")).hasSize(1);
			assertThat(home.select("svg polyline")).isEmpty();
			assertThat(home.select("svg .series-iit rect")).isEmpty();
			assertThat(home.select("script")).isEmpty();
			assertThat(home.select("#trend-table tbody tr").eachText())
				.containsExactly("2566 91.45 ไม่มีตัวเลข ไม่มีตัวเลข ไม่มีตัวเลข ผ่าน");
		}

		@Test
		void inEnglishTheChartAndTableAreEnglish() throws Exception {
			Document home = publicPage("/", "en");
			assertThat(home.select("svg > title").text()).isEqualTo("ITA results over the years");
			assertThat(home.select("#trend-table caption").text()).isEqualTo("Scores and results per fiscal year (the figures of the chart)");
			assertThat(home.select("#trend-table thead th").eachText()).containsExactly("Fiscal year (B.E.)", "Overall",
					"IIT (internal)", "EIT (external)", "OIT (open data)", "Result");
		}

		@Test
		void aSecondYearDrawsLinesAndEveryYearIsInTheTable() throws Exception {
			long framework = jdbc.queryForObject("""
					insert into framework (fiscal_year, name, variant) values (2599, 'กรอบทดสอบ (ไม่ใช่ของจริง)', 'ทดสอบ') returning id""",
					Long.class);
			long report = jdbc.queryForObject("""
					insert into report (agency_id, framework_id, overall_score, result, last_published_at)
					values ((select id from agency where is_default), ?, 80.00, 'ผลทดสอบ', now()) returning id""", Long.class, framework);
			jdbc.update("insert into report_score (report_id, tool, score) values (?, 'IIT', 77.5)", report);
			try {
				Document home = publicPage("/ita/2566", null);
				assertThat(home.select("svg .series-overall polyline")).hasSize(1);
				assertThat(home.select("svg .series-overall circle")).hasSize(2);
				assertThat(home.select("svg .series-iit rect")).hasSize(1);
				assertThat(home.select("#trend-table tbody tr").eachText()).containsExactly(
						"2566 91.45 ไม่มีตัวเลข ไม่มีตัวเลข ไม่มีตัวเลข ผ่าน", "2599 80.00 77.50 ไม่มีตัวเลข ไม่มีตัวเลข ผลทดสอบ");
				assertThat(home.select(".years a").eachText()).contains("ปีงบประมาณ พ.ศ. 2566", "ปีงบประมาณ พ.ศ. 2599");
				assertThat(adminPage(FORM).select(".year-switcher a").eachAttr("href"))
					.containsExactly("/staff/admin/years/2599/result", "/staff/admin/years/2566/result");
			}
			finally {
				jdbc.update("delete from report_score where report_id = ?", report);
				jdbc.update("delete from report where id = ?", report);
				jdbc.update("delete from framework where id = ?", framework);
			}
		}

		@Test
		void aSavedResultShowsOnTheNextRequestOfTheKeptHomePage() throws Exception {
			assertThat(publicPage("/", null).select(".card .big").eachText()).startsWith("91.45", "ผ่าน");
			assertThat(publicPage("/", null).select(".card .big").eachText()).startsWith("91.45", "ผ่าน");
			try {
				assertThat(save(version(), "88.80", "ผลทดสอบ", "tools[EIT]", "90").getResponse().getStatus()).isEqualTo(302);
				Document home = publicPage("/", null);
				assertThat(home.select(".card .big").eachText()).startsWith("88.80", "ผลทดสอบ");
				assertThat(home.select("#trend-table tbody tr").eachText())
					.containsExactly("2566 88.80 ไม่มีตัวเลข 90.00 ไม่มีตัวเลข ผลทดสอบ");
			}
			finally {
				saveSeedFigures();
			}
			assertThat(publicPage("/", null).select(".card .big").eachText()).startsWith("91.45", "ผ่าน");
		}

	}

}
