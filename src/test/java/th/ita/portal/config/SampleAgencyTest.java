package th.ita.portal.config;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo's second agency (db/demo-sample, on with the demo unless ITA_DEMO_SAMPLE_AGENCY=false):
 * labelled a sample, at sample.localhost, FY 2566 opened on the 2566 framework with nothing
 * published, and its demo admin. On a database of its own, with the sample turned on.
 */
@PortalTest
class SampleAgencyTest {

	@DynamicPropertySource
	static void ownDatabaseWithTheSample(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("sample_agency"));
		registry.add("ita.demo-sample-agency", () -> "true");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void theSampleIsLabelledAndAnswersAtSampleLocalhost() {
		assertThat(this.jdbc.queryForMap("""
				select a.name, a.enabled, a.is_default, string_agg(h.host, ',') as hosts from agency a
				join agency_host h on h.agency_id = a.id where a.slug = 'sample' group by a.id"""))
			.containsEntry("name", "หน่วยงานตัวอย่าง (ทดสอบระบบ)").containsEntry("enabled", true)
			.containsEntry("is_default", false).containsEntry("hosts", "sample.localhost");
	}

	@Test
	void itsYear2566IsOpenedOnThe2566FrameworkWithNothingPublished() {
		Map<String, Object> report = this.jdbc.queryForMap("""
				select r.fiscal_year, f.name as framework, r.last_published_at,
				       (select count(*) from oit_disclosure d where d.report_id = r.id) as drafts,
				       (select count(*) from oit_disclosure_pub p where p.report_id = r.id) as published,
				       (select count(*) from measure_pub m where m.report_id = r.id) as measures_published,
				       (select count(*) from revision v where v.report_id = r.id and v.action = 'OPENED') as opened
				from report r join agency a on a.id = r.agency_id join framework f on f.id = r.framework_id
				where a.slug = 'sample'""");
		assertThat(report).containsEntry("fiscal_year", 2566)
			.containsEntry("framework", "ITA ประจำปีงบประมาณ พ.ศ. 2566")
			.containsEntry("last_published_at", null)
			.containsEntry("drafts", 43L)
			.containsEntry("published", 0L)
			.containsEntry("measures_published", 0L)
			.containsEntry("opened", 43L);
	}

	@Test
	void itsDemoAdminIsAnAdminOfTheSampleOnlyWithThePublishedPassword() {
		Map<String, Object> admin = this.jdbc.queryForMap("""
				select a.slug, u.password_hash, string_agg(r.role, ',') as roles from users u
				join agency a on a.id = u.agency_id join user_role r on r.user_id = u.id
				where u.username = 'demo.sample.admin' group by a.slug, u.password_hash""");
		assertThat(admin).containsEntry("slug", "sample").containsEntry("roles", "ADMIN");
		assertThat(this.passwords.matches("demo-sample-admin-2566", (String) admin.get("password_hash"))).isTrue();
	}

	@Test
	void itsPublicHomeShowsNoPublishedYearAndNothingOfBangSaoThongButTheDemoBanner() throws Exception {
		MvcResult home = this.mvc.perform(get("/").header("Host", "sample.localhost:8080")).andReturn();
		assertThat(home.getResponse().getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(home.getResponse().getContentAsString());
		assertThat(page.select("main").text()).contains("หน่วยงานตัวอย่าง (ทดสอบระบบ)").doesNotContain("บางเสาธง")
			.doesNotContain("91.45");
		assertThat(page.select("main a[href^=/ita/]")).isEmpty();
		assertThat(page.select(".demo-banner")).isNotEmpty();
		assertThat(this.mvc.perform(get("/ita/2566").header("Host", "sample.localhost")).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void runningTheFileAgainChangesNothing() throws Exception {
		String sql;
		try (var in = getClass().getResourceAsStream("/db/demo-sample/R__sample_agency.sql")) {
			sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		String counts = """
				select concat_ws(',', (select count(*) from agency), (select count(*) from agency_host),
				  (select count(*) from users), (select count(*) from unit), (select count(*) from report),
				  (select count(*) from oit_disclosure), (select count(*) from revision))""";
		String before = this.jdbc.queryForObject(counts, String.class);
		this.jdbc.execute(sql);
		assertThat(this.jdbc.queryForObject(counts, String.class)).isEqualTo(before);
	}

	@Test
	void theDemoAgencyKeepsItsAddresses() throws Exception {
		for (String host : new String[] { "localhost", "127.0.0.1" }) {
			Document page = Jsoup.parse(this.mvc.perform(get("/").header("Host", host)).andReturn().getResponse()
				.getContentAsString());
			assertThat(page.select("main").text()).as(host).contains("บางเสาธง").doesNotContain("หน่วยงานตัวอย่าง");
		}
	}

}
