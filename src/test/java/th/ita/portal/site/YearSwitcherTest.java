package th.ita.portal.site;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.StaffUsers;
import th.ita.portal.support.TestDatabase;
import th.ita.portal.web.cache.PublicPageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The year switcher on a year's public pages (OIT index, item, measures) and the staff dashboard
 * (issue 13 part 5): a link to the same page in each of the agency's other years, the current one
 * marked; none with one year. Public pages list published years only, staff pages every opened
 * year. The second year here (2599) is a test year, not any year's framework.
 */
@PortalTest
class YearSwitcherTest {

	static final String SWITCHER = "nav.year-switcher";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("switcher"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffUsers staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicPageCache cache;

	@AfterEach
	void oneYearAgain() {
		this.jdbc.update("delete from report where framework_id in (select id from framework where fiscal_year = 2599)");
		this.jdbc.update("delete from framework where fiscal_year = 2599");
		this.cache.clear();
	}

	/**
	 * A second year of the agency: a test framework without items and its report, opened; when
	 * {@code published}, stamped as published (the public sees published years only).
	 */
	long secondYear(boolean published) {
		long framework = this.jdbc.queryForObject("""
				insert into framework (fiscal_year, name, variant) values (2599, 'กรอบทดสอบ (ไม่ใช่ของจริง)', 'ทดสอบ')
				returning id""", Long.class);
		return this.jdbc.queryForObject("""
				insert into report (agency_id, framework_id, last_published_at)
				values ((select id from agency where is_default), ?, case when ? then now() end)
				returning id""", Long.class, framework, published);
	}

	int statusOf(String path) throws Exception {
		return this.mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus();
	}

	Document page(String path, String lang) throws Exception {
		MockHttpServletRequestBuilder request = get(path).accept(MediaType.TEXT_HTML);
		if (lang != null) {
			request.param("lang", lang);
		}
		if (path.startsWith("/staff")) {
			request.with(this.staff.as("demo.admin"));
		}
		return Jsoup.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/ita/2566/oit", "/ita/2566/oit/o1", "/ita/2566/measures", "/staff/2566" })
	void noSwitcherWithOneYear(String path) throws Exception {
		assertThat(page(path, null).select(SWITCHER)).isEmpty();
	}

	@Test
	void theOitIndexLinksTheOtherYearsIndex() throws Exception {
		secondYear(true);
		assertSwitcher(page("/ita/2566/oit", null), "/ita/2599/oit", "/ita/2566/oit");
	}

	@Test
	void anItemLinksTheOtherYearsIndexNotAnItemOfTheSameCode() throws Exception {
		secondYear(true);
		assertSwitcher(page("/ita/2566/oit/o12", null), "/ita/2599/oit", "/ita/2566/oit/o12");
	}

	@Test
	void theMeasuresPageLinksTheOtherYearsMeasures() throws Exception {
		secondYear(true);
		assertSwitcher(page("/ita/2566/measures", null), "/ita/2599/measures", "/ita/2566/measures");
	}

	/** Staff see every opened year, published or not. */
	@Test
	void theStaffDashboardLinksTheOtherYearsDashboardPublishedOrNot() throws Exception {
		secondYear(false);
		assertSwitcher(page("/staff/2566", null), "/staff/2599", "/staff/2566");
		assertThat(page("/staff/2599", null).select(SWITCHER + " a[aria-current=page]").eachAttr("href"))
			.containsExactly("/staff/2599");
	}

	@Test
	void inEnglish() throws Exception {
		secondYear(true);
		Element nav = page("/ita/2566/oit", "en").selectFirst(SWITCHER);
		assertThat(nav.attr("aria-label")).isEqualTo("Choose a fiscal year");
		assertThat(nav.select("a").eachText()).containsExactly("Fiscal year B.E. 2599", "Fiscal year B.E. 2566");
	}

	/** "Nothing public changes until published" (issue 13 part 3): an opened year is not public. */
	@ParameterizedTest
	@ValueSource(strings = { "/ita/2566/oit", "/ita/2566/oit/o12", "/ita/2566/measures" })
	void aYearOpenedButNotPublishedIsNotListedOnPublicPages(String path) throws Exception {
		secondYear(false);
		assertThat(page(path, null).select(SWITCHER)).isEmpty();
		assertThat(page("/", null).text()).doesNotContain("2599");
		assertThat(page("/ita/2566", null).text()).doesNotContain("2599");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/ita/2599", "/ita/2599/oit", "/ita/2599/measures", "/ita/2599/report.pdf",
			"/ita/2599/report.docx" })
	void aYearOpenedButNotPublishedIsUnknownToThePublic(String path) throws Exception {
		secondYear(false);
		String unknown = path.replace("2599", "2598");
		assertThat(statusOf(path)).isEqualTo(404).isEqualTo(statusOf(unknown));
		assertThat(heading(path)).as("the page of a year never opened").isEqualTo(heading(unknown));
	}

	String heading(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn().getResponse()
			.getContentAsString()).select("h1").text();
	}

	@Test
	void aKeptPageShowsAYearFromItsFirstPublish() throws Exception {
		assertThat(page("/ita/2566/oit", null).select(SWITCHER)).isEmpty();
		assertThat(page("/ita/2566/oit", null).select(SWITCHER)).as("kept").isEmpty();
		long framework = this.jdbc.queryForObject("""
				insert into framework (fiscal_year, name, variant) values (2599, 'กรอบทดสอบ (ไม่ใช่ของจริง)', 'ทดสอบ')
				returning id""", Long.class);
		this.mvc.perform(post("/staff/admin/years").param("year", "2599")
			.param("framework", String.valueOf(framework))
			.param("confirm", "true")
			.with(this.staff.as("demo.admin"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(page("/ita/2566/oit", null).select(SWITCHER)).as("opened, not published").isEmpty();
		this.cache.clear();
		assertThat(page("/ita/2566/oit", null).select(SWITCHER)).as("opened, not published, rendered afresh").isEmpty();
		assertThat(statusOf("/ita/2599/oit")).isEqualTo(404);
		assertSwitcher(page("/staff/2566", null), "/staff/2599", "/staff/2566");

		// The approver publishes the year (nothing in it to publish: the year itself becomes public).
		this.mvc.perform(post("/staff/2599/publish").with(this.staff.as("demo.admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertSwitcher(page("/ita/2566/oit", null), "/ita/2599/oit", "/ita/2566/oit");
		assertThat(statusOf("/ita/2599/oit")).isEqualTo(200);
	}

	@Test
	void aKeptPageIsStaleWithoutTheEvent() throws Exception {
		// Why publishes must announce themselves: the kept page does not read the years again.
		assertThat(page("/ita/2566/oit", null).select(SWITCHER)).isEmpty();
		secondYear(true);
		assertThat(page("/ita/2566/oit", null).select(SWITCHER)).isEmpty();
	}

	static void assertSwitcher(Document page, String... hrefs) {
		Element nav = page.selectFirst(SWITCHER);
		assertThat(nav).as("switcher").isNotNull();
		assertThat(nav.attr("aria-label")).isEqualTo("เลือกปีงบประมาณ");
		assertThat(nav.select("a").eachAttr("href")).containsExactly(hrefs);
		assertThat(nav.select("a").eachText()).containsExactly("ปีงบประมาณ พ.ศ. 2599", "ปีงบประมาณ พ.ศ. 2566");
		List<String> current = nav.select("a[aria-current=page]").eachAttr("href");
		assertThat(current).containsExactly(hrefs[hrefs.length - 1]);
	}

}
