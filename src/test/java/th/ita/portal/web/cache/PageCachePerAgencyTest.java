package th.ita.portal.web.cache;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.ita.portal.agency.AgencyDirectory;
import th.ita.portal.support.PortalTest;
import th.ita.portal.support.SessionCookie;
import th.ita.portal.support.SqlCapture;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One agency's publish starts only its own pages afresh: agency A (the demo agency, at localhost)
 * publishes, and A's next reader gets the new content (never A's page kept before), while agency
 * B's kept page (at {@code b.example.go.th}) stays kept and is answered without SQL.
 */
@PortalTest
@Import(SqlCapture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCachePerAgencyTest {

	static final String A = "localhost";

	static final String B = "b.example.go.th";

	static final String B_MEASURE = "มาตรการของหน่วยงานบีที่เก็บไว้";

	static final String PUBLISHED = "<p>ข้อความที่หน่วยงานเอเพิ่งเผยแพร่</p>";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("peragency"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	PublicPageCache cache;

	@Autowired
	SqlCapture sql;

	@BeforeAll
	void agencyBWithAPublishedMeasure() {
		long agencyB = this.jdbc.queryForObject("insert into agency (slug, name) values ('test-b', 'หน่วยงานบี') returning id",
				Long.class);
		this.jdbc.update("insert into agency_host (host, agency_id) values (?, ?)", B, agencyB);
		long unitB = this.jdbc.queryForObject(
				"insert into unit (agency_id, name, position) values (?, 'สำนักปลัด', 1) returning id", Long.class,
				agencyB);
		long reportB = this.jdbc.queryForObject("""
				insert into report (agency_id, framework_id, fiscal_year, last_published_at)
				select ?, id, 2566, now() from framework where fiscal_year = 2566 returning id""", Long.class, agencyB);
		long measureB = this.jdbc.queryForObject("""
				insert into measure (report_id, unit_id, position, name, method, period, responsible, summary, outcome, status)
				values (?, ?, 1, ?, '', '', '', '', '', 'DONE') returning id""", Long.class, reportB, unitB, B_MEASURE);
		this.jdbc.update("""
				insert into measure_pub (measure_id, report_id, position, name, method, period, responsible, summary,
				                         outcome, status, published_at, published_by)
				values (?, ?, 1, ?, '', '', '', '', '', 'DONE', now(), 'b.admin')""", measureB, reportB, B_MEASURE);
		this.agencies.reload();
	}

	static RequestPostProcessor at(String host) {
		return (request) -> {
			request.setServerName(host);
			return request;
		};
	}

	MvcResult read(String host, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(at(host))).andReturn();
		assertThat(result.getResponse().getStatus()).as(host + path).isEqualTo(200);
		return result;
	}

	String text(String host, String path) throws Exception {
		return read(host, path).getResponse().getContentAsString();
	}

	@Test
	void anAgencysPublishLeavesTheOtherAgencysPagesKept() throws Exception {
		this.cache.clear();
		assertThat(text(A, "/ita/2566/oit/o1")).doesNotContain(PUBLISHED);
		String etagB = read(B, "/ita/2566/measures").getResponse().getHeader("ETag");
		assertThat(text(B, "/ita/2566/measures")).contains(B_MEASURE);
		assertThat(this.cache.size()).as("A's page and B's").isEqualTo(2);

		this.jdbc.update("""
				update oit_disclosure set progress = ?, version = version + 1
				where report_id = (select r.id from report r join agency_host h on h.agency_id = r.agency_id
				                   where h.host = ? and r.fiscal_year = 2566)
				and item_id = (select i.id from oit_item i join framework f on f.id = i.framework_id
				               where f.fiscal_year = 2566 and i.code = 'o1')""", PUBLISHED, A);
		SessionCookie admin = signIn(A, "demo.admin", "demo-admin-2566");
		MvcResult published = this.mvc
			.perform(post("/staff/2566/publish").with(csrf()).with(at(A)).with(admin))
			.andReturn();
		assertThat(published.getResponse().getStatus()).isEqualTo(302);

		assertThat(this.cache.size()).as("A's page forgotten, B's still kept").isEqualTo(1);
		this.sql.start();
		MvcResult keptB = read(B, "/ita/2566/measures");
		List<SqlCapture.Query> queries = this.sql.stop();
		assertThat(queries).as("B's page from the cache").isEmpty();
		assertThat(keptB.getResponse().getContentAsString()).contains(B_MEASURE);
		assertThat(keptB.getResponse().getHeader("ETag")).isEqualTo(etagB);

		assertThat(text(A, "/ita/2566/oit/o1")).as("A's next reader gets the publish").contains(PUBLISHED);
		assertThat(text(A, "/ita/2566/oit/o1")).contains(PUBLISHED);
		assertThat(this.cache.size()).isEqualTo(2);
	}

	/** Signs in at a host with the sign-in form, as a browser does. */
	SessionCookie signIn(String host, String username, String password) throws Exception {
		SessionCookie session = new SessionCookie();
		MvcResult result = this.mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()).with(at(host))
				.with(session))
			.andDo(session)
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("signed in at " + host).isEqualTo("/staff");
		return session;
	}

}
