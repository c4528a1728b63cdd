package th.ita.portal.agency;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.ita.portal.support.HostBrowser;
import th.ita.portal.support.RawHttp;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real Tomcat, where the page cache's valve answers before any filter: the Host decides the
 * agency, for pages rendered and for pages from the cache; a host no agency claims gets the 404
 * page that names no agency, and a disabled agency's host the page that says it is closed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyHostsHttpTest {

	static final String B_NAME = "หน่วยงานทดสอบบี (ทดสอบระบบ)";

	static final String A_MEASURE = "มาตรการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("hosts"));
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AgencyDirectory agencies;

	@BeforeAll
	void agencyBWithNothingPublished() {
		long b = this.jdbc.queryForObject("insert into agency (slug, name) values ('test-b', ?) returning id", Long.class,
				B_NAME);
		this.jdbc.update("insert into agency_host (host, agency_id) values ('b.example.go.th', ?)", b);
		this.jdbc.update("""
				insert into report (agency_id, framework_id, fiscal_year, last_published_at)
				select ?, id, 2566, now() from framework where fiscal_year = 2566""", b);
		long closed = this.jdbc.queryForObject(
				"insert into agency (slug, name, enabled) values ('test-closed', 'หน่วยงานที่ปิดไว้', false) returning id",
				Long.class);
		this.jdbc.update("insert into agency_host (host, agency_id) values ('closed.example.go.th', ?)", closed);
		this.agencies.reload();
	}

	RawHttp.Answer get(String host, String path) throws Exception {
		return RawHttp.to(this.port).get(path, "Host", host);
	}

	@Test
	void aCachedPageIsNeverAnotherAgencys() throws Exception {
		// A's page, rendered and then from the cache.
		for (int i = 0; i < 3; i++) {
			RawHttp.Answer a = get("localhost:" + this.port, "/ita/2566/measures");
			assertThat(a.status()).isEqualTo(200);
			assertThat(a.text()).contains(A_MEASURE).doesNotContain(B_NAME);
		}
		for (int i = 0; i < 3; i++) {
			RawHttp.Answer b = get("b.example.go.th:" + this.port, "/ita/2566/measures");
			assertThat(b.status()).isEqualTo(200);
			assertThat(b.text()).doesNotContain(A_MEASURE).doesNotContain("บางเสาธง");
			assertThat(b.header("ETag")).isNotEqualTo(get("localhost", "/ita/2566/measures").header("ETag"));
		}
		assertThat(get("B.Example.GO.TH", "/").text()).contains(B_NAME).doesNotContain("บางเสาธง");
	}

	@Test
	void anUnknownHostGetsThe404PageThatNamesNoAgency() throws Exception {
		for (String host : new String[] { "unknown.example.go.th", "elsewhere:8080", "localhost.evil.example" }) {
			RawHttp.Answer answer = get(host, "/");
			assertThat(answer.status()).as(host).isEqualTo(404);
			assertThat(answer.text()).contains("ไม่มีหน่วยงานที่ที่อยู่นี้").doesNotContain("บางเสาธง")
				.doesNotContain(B_NAME).doesNotContain("Exception");
		}
		RawHttp.Answer english = RawHttp.to(this.port).get("/ita/2566", "Host", "unknown.example.go.th", "Cookie",
				"ita-lang=en");
		assertThat(english.status()).isEqualTo(404);
		assertThat(english.text()).contains("No agency at this address");
	}

	/**
	 * A's session cookie carried to B's host, as a shared parent domain or a forged Host would: not
	 * signed in there, the refusal audited in B, and the cookie is dead at A's host afterwards.
	 */
	@Test
	void asSessionCookieIsRefusedAtBsHostAndThenDeadAtAsToo() throws Exception {
		HostBrowser browser = new HostBrowser(this.port);
		String a = "localhost:" + this.port;
		assertThat(browser.signIn(a, "demo.admin", "demo-admin-2566").header("Location")).hasValue("/staff");
		assertThat(browser.get(a, "/staff/admin/users").status()).isEqualTo(200);
		long b = this.jdbc.queryForObject("select agency_id from agency_host where host = 'b.example.go.th'", Long.class);
		long refusals = refusalsIn(b);
		String cookie = browser.cookie();

		RawHttp.Answer atB = RawHttp.to(this.port).get("/staff/admin/users", "Host", "b.example.go.th", "Cookie", cookie);
		assertThat(atB.status()).isEqualTo(302);
		assertThat(atB.header("Location").orElseThrow()).startsWith("/login");
		assertThat(refusalsIn(b)).isEqualTo(refusals + 1);

		RawHttp.Answer atA = RawHttp.to(this.port).get("/staff/admin/users", "Host", a, "Cookie", cookie);
		assertThat(atA.status()).isEqualTo(302);
		assertThat(atA.header("Location").orElseThrow()).contains("/login");
	}

	long refusalsIn(long agency) {
		return this.jdbc.queryForObject("select count(*) from audit_log where action = 'SESSION_REFUSED' and agency_id = ?",
				Long.class, agency);
	}

	@Test
	void aDisabledAgencysHostSaysItIsClosed() throws Exception {
		RawHttp.Answer answer = get("closed.example.go.th", "/");
		assertThat(answer.status()).isEqualTo(503);
		assertThat(answer.text()).contains("เว็บไซต์นี้ปิดให้บริการชั่วคราว").doesNotContain("หน่วยงานที่ปิดไว้");
		assertThat(get("closed.example.go.th", "/staff").status()).isEqualTo(503);
	}

}
