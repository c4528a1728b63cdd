package th.ita.portal.agency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.SessionCookie;
import th.ita.portal.support.StaffUsers;
import th.ita.portal.support.TestDatabase;
import th.ita.portal.user.StaffSessions;
import th.ita.portal.user.StaffUserRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two agencies on one portal, each at its own host: agency A (the demo agency, at localhost, with
 * its published FY 2566 report, units, accounts, revisions and evidence) and agency B, made here at
 * {@code b.example.go.th} with its own unit, published report, measure, revision, evidence link and
 * an admin with A's admin's username. Neither sees, changes or serves the other's data: every staff
 * and admin URL with an id of A asked with B's session at B's host, and A's session used at B's
 * host, is a 403 or 404 (or a sign-out) and leaves every data table as it was.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyIsolationTest {

	static final String A = "localhost";

	static final String B = "b.example.go.th";

	static final String B_NAME = "หน่วยงานทดสอบบี (ทดสอบระบบ)";

	static final String B_MEASURE = "มาตรการของหน่วยงานบีเท่านั้น";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("isolation"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	StaffSessions staffSessions;

	@Autowired
	StaffUserRepository users;

	long agencyA;

	long agencyB;

	/** Ids of A's records, asked for at B's host. */
	long measureA;

	long unitA;

	long userA;

	long evidenceA;

	/** A's published link, broken for two days (issue 16: links, readiness). */
	long linkA;

	static final String LINK_A = "ลิงก์เสียของหน่วยงานเอเท่านั้น";

	@BeforeAll
	void twoAgencies() {
		this.agencyA = this.jdbc.queryForObject("select agency_id from agency_host where host = 'localhost'", Long.class);
		this.agencyB = this.jdbc.queryForObject(
				"insert into agency (slug, name) values ('test-b', ?) returning id", Long.class, B_NAME);
		this.jdbc.update("insert into agency_host (host, agency_id) values (?, ?), ('closed.example.go.th', ?)", B,
				this.agencyB, this.agencyB);
		long closed = this.jdbc.queryForObject(
				"insert into agency (slug, name, enabled) values ('test-closed', 'หน่วยงานที่ปิดแล้ว', false) returning id",
				Long.class);
		this.jdbc.update("update agency_host set agency_id = ? where host = 'closed.example.go.th'", closed);
		long unitB = this.jdbc.queryForObject(
				"insert into unit (agency_id, name, position) values (?, 'สำนักปลัด', 1) returning id", Long.class,
				this.agencyB);
		long reportB = this.jdbc.queryForObject("""
				insert into report (agency_id, framework_id, fiscal_year, last_published_at)
				select ?, id, 2566, now() from framework where fiscal_year = 2566 returning id""", Long.class,
				this.agencyB);
		long measureB = this.jdbc.queryForObject("""
				insert into measure (report_id, unit_id, position, name, method, period, responsible, summary, outcome, status)
				values (?, ?, 1, ?, '', '', '', '', '', 'DONE') returning id""", Long.class, reportB, unitB, B_MEASURE);
		this.jdbc.update("""
				insert into measure_pub (measure_id, report_id, position, name, method, period, responsible, summary,
				                         outcome, status, published_at, published_by)
				values (?, ?, 1, ?, '', '', '', '', '', 'DONE', now(), 'b.admin')""", measureB, reportB, B_MEASURE);
		this.jdbc.update("""
				insert into revision (report_id, entity_type, entity_id, label, action, username)
				values (?, 'MEASURE', ?, ?, 'CREATE', 'demo.admin')""", reportB, measureB, B_MEASURE);
		long disclosureB = this.jdbc.queryForObject("""
				insert into oit_disclosure (report_id, item_id, status, progress)
				select ?, i.id, 'DONE', '' from oit_item i join framework f on f.id = i.framework_id
				where f.fiscal_year = 2566 and i.code = 'o1' returning id""", Long.class, reportB);
		this.jdbc.update("""
				insert into evidence (disclosure_id, kind, title, url, position, created_by)
				values (?, 'LINK', 'ลิงก์ของบี', 'https://b.example.go.th/doc', 1, 'demo.admin')""", disclosureB);
		long adminB = this.jdbc.queryForObject("""
				insert into users (agency_id, username, display_name, password_hash) values (?, 'demo.admin', 'ผู้ดูแลบี', ?)
				returning id""", Long.class, this.agencyB, this.passwords.encode("b-admin-password-2566"));
		this.jdbc.update("insert into user_role (user_id, role) values (?, 'ADMIN')", adminB);
		this.agencies.reload();

		this.measureA = this.jdbc.queryForObject("""
				select m.id from measure m join report r on r.id = m.report_id where r.agency_id = ? order by m.id limit 1""",
				Long.class, this.agencyA);
		this.unitA = this.jdbc.queryForObject("select min(id) from unit where agency_id = ?", Long.class, this.agencyA);
		this.userA = this.jdbc.queryForObject("select id from users where agency_id = ? and username = 'demo.palad'",
				Long.class, this.agencyA);
		long disclosureA = this.jdbc.queryForObject("""
				select d.id from oit_disclosure d join report r on r.id = d.report_id join oit_item i on i.id = d.item_id
				where r.agency_id = ? and i.code = 'o1'""", Long.class, this.agencyA);
		this.evidenceA = this.jdbc.queryForObject("""
				insert into evidence (disclosure_id, kind, title, storage_key, original_name, content_type, size_bytes,
				                      sha256, position, created_by)
				values (?, 'FILE', 'เอกสารของเอ', 'aa/isolation-a.pdf', 'a.pdf', 'application/pdf', 5, 'x', 99, 'demo.admin')
				returning id""", Long.class, disclosureA);
		this.linkA = this.jdbc.queryForObject("""
				insert into evidence (disclosure_id, kind, title, url, position, created_by)
				values (?, 'LINK', ?, 'https://a.example.go.th/gone', 98, 'demo.admin') returning id""", Long.class,
				disclosureA, LINK_A);
		this.jdbc.update("""
				insert into evidence_pub (disclosure_id, evidence_id, kind, title, url, position, published_at, published_by)
				values (?, ?, 'LINK', ?, 'https://a.example.go.th/gone', 98, now(), 'demo.admin')""", disclosureA,
				this.linkA, LINK_A);
		this.jdbc.update("""
				insert into link_check (evidence_id, url, status, http_status, checked_at, first_failure_at, reason)
				values (?, 'https://a.example.go.th/gone', 'BROKEN', 404, now(), now() - interval '2 days', 'NOT_FOUND')""",
				this.linkA);
	}

	static RequestPostProcessor at(String host) {
		return (request) -> {
			request.setServerName(host);
			return request;
		};
	}

	/** Signs in at a host with the sign-in form, as a browser does; the session is bound there. */
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

	/**
	 * A checksum of every row of every table but the audit log (whose sign-ins are the test's own) and
	 * the sessions and sign-in counters the test's own sign-ins write.
	 */
	Map<String, String> dataTables() {
		Map<String, String> sums = new LinkedHashMap<>();
		for (String table : this.jdbc.queryForList("""
				select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
				and table_name not in ('audit_log', 'flyway_schema_history', 'spring_session', 'spring_session_attributes',
				  'sign_in_failure') order by table_name""", String.class)) {
			sums.put(table, this.jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), ',' "
					+ "order by md5(t::text))), '') from " + table + " t", String.class));
		}
		sums.put("audit_log (but sign-ins)", this.jdbc.queryForObject("""
				select count(*) from audit_log where action not in ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'SESSION_REFUSED')""",
				String.class));
		return sums;
	}

	/** Every staff and admin request that names one of A's records by id. */
	List<MockHttpServletRequestBuilder> byIdRequestsForA() {
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		String measure = "/staff/2566/measures/" + this.measureA;
		requests.add(get(measure));
		requests.add(post(measure).param("name", "เปลี่ยนโดยบี").param("version", "0").with(csrf()));
		requests.add(get(measure + "/delete"));
		requests.add(post(measure + "/delete").param("version", "0").with(csrf()));
		requests.add(post(measure + "/move").param("direction", "up").with(csrf()));
		requests.add(post(measure + "/publish").param("version", "0").with(csrf()));
		requests.add(get("/staff/2566/history/measure/" + this.measureA));
		requests.add(get("/staff/evidence/" + this.evidenceA + "/download"));
		String evidence = "/staff/2566/oit/o1/evidence/" + this.evidenceA;
		requests.add(get(evidence + "/remove"));
		requests.add(post(evidence + "/remove").with(csrf()));
		requests.add(post(evidence + "/title").param("title", "เปลี่ยนโดยบี").param("version", "0").with(csrf()));
		requests.add(post(evidence + "/up").with(csrf()));
		requests.add(get(evidence + "/details"));
		requests.add(post(evidence + "/details").param("documentDate", "1/1/2566").param("components", "1")
			.param("version", "0").with(csrf()));
		requests.add(get("/staff/2566/oit/o1/evidence/" + this.linkA + "/details"));
		requests.add(post("/staff/2566/oit/o1/links/check").param("evidence", String.valueOf(this.linkA)).with(csrf()));
		requests.add(post("/staff/2566/readiness/rules").param("code", "o1").param("periodFrom", "1/10/2565")
			.param("periodTo", "30/9/2566").param("source", "บีเปลี่ยนเกณฑ์ของทุกหน่วยงาน").with(csrf()));
		requests.add(post("/staff/2566/readiness/rules/" + this.ruleOfA() + "/remove").with(csrf()));
		String user = "/staff/admin/users/" + this.userA;
		requests.add(get(user));
		requests.add(post(user).param("displayName", "เปลี่ยนโดยบี").param("roles", "ADMIN").param("version", "0")
			.with(csrf()));
		requests.add(get(user + "/disable"));
		requests.add(post(user + "/disable").param("version", "0").with(csrf()));
		requests.add(get(user + "/password"));
		requests.add(post(user + "/password").param("password", "taken-over-by-b-1").param("confirm", "taken-over-by-b-1")
			.param("version", "0").with(csrf()));
		String unit = "/staff/admin/units/" + this.unitA;
		requests.add(get(unit));
		requests.add(post(unit).param("name", "เปลี่ยนโดยบี").param("active", "true").param("version", "0").with(csrf()));
		return requests;
	}

	@Test
	void bsAdminAtBsHostGetsNoneOfAsRecordsAndChangesNothing() throws Exception {
		SessionCookie b = signIn(B, "demo.admin", "b-admin-password-2566");
		// The same URLs of B's own records answer, so the refusals below are about the agency.
		assertThat(this.mvc.perform(get("/staff/admin/users").with(at(B)).with(b)).andReturn().getResponse()
			.getContentAsString()).contains("ผู้ดูแลบี").doesNotContain("demo.palad");
		Map<String, String> before = dataTables();
		for (MockHttpServletRequestBuilder request : byIdRequestsForA()) {
			MvcResult result = this.mvc.perform(request.with(at(B)).with(b)).andReturn();
			String what = result.getRequest().getMethod() + " " + result.getRequest().getRequestURI();
			assertThat(result.getResponse().getStatus()).as(what).isIn(403, 404);
		}
		assertThat(dataTables()).isEqualTo(before);
	}

	/** One of the shared (framework) readiness rules, seeded for 2566 (V46). */
	long ruleOfA() {
		return this.jdbc.queryForObject("select min(id) from readiness_rule", Long.class);
	}

	/** Issue 16's pages at B: A's broken link and its readiness are nowhere, and A's own pages show them. */
	@Test
	void bsLinkAndReadinessPagesShowNoneOfAsLinks() throws Exception {
		SessionCookie b = signIn(B, "demo.admin", "b-admin-password-2566");
		Map<String, String> before = dataTables();
		for (String path : List.of("/staff/admin/link-checks", "/staff/2566", "/staff/2566/readiness",
				"/staff/2566/readiness/o1", "/staff/2566/oit/o1/links", "/staff/2566/oit/o1/evidence")) {
			MvcResult result = this.mvc.perform(get(path).with(at(B)).with(b)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).as(path).doesNotContain(LINK_A, "a.example.go.th");
		}
		byte[] xlsx = this.mvc.perform(get("/staff/2566/readiness.xlsx").with(at(B)).with(b)).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(cells(xlsx)).isNotEmpty().noneMatch((text) -> text.contains(LINK_A) || text.contains("a.example.go.th"));
		SessionCookie a = signIn(A, "demo.admin", "demo-admin-2566");
		assertThat(this.mvc.perform(get("/staff/admin/link-checks").with(at(A)).with(a)).andReturn().getResponse()
			.getContentAsString()).contains(LINK_A);
		assertThat(this.mvc.perform(get("/staff/2566/readiness/o1").with(at(A)).with(a)).andReturn().getResponse()
			.getContentAsString()).contains(LINK_A);
		Map<String, String> after = dataTables();
		// The download is audited (EXPORT); nothing else changed.
		after.remove("audit_log (but sign-ins)");
		before.remove("audit_log (but sign-ins)");
		assertThat(after).isEqualTo(before);
	}

	/** The rules are the framework's, shared: with two agencies, neither agency's admin may change them. */
	@Test
	void noAgencysAdminChangesTheSharedReadinessRules() throws Exception {
		Map<String, String> before = dataTables();
		for (String host : List.of(A, B)) {
			SessionCookie admin = A.equals(host) ? signIn(A, "demo.admin", "demo-admin-2566")
					: signIn(B, "demo.admin", "b-admin-password-2566");
			assertThat(this.mvc.perform(post("/staff/2566/readiness/rules").param("code", "o2").param("periodFrom", "1/10/2565")
				.param("periodTo", "30/9/2566").param("source", "เกณฑ์ใหม่").with(csrf()).with(at(host)).with(admin))
				.andReturn().getResponse().getStatus()).as(host).isEqualTo(403);
			assertThat(this.mvc.perform(post("/staff/2566/readiness/rules/" + ruleOfA() + "/remove").with(csrf())
				.with(at(host)).with(admin)).andReturn().getResponse().getStatus()).as(host).isEqualTo(403);
			assertThat(this.mvc.perform(get("/staff/2566/readiness").with(at(host)).with(admin)).andReturn()
				.getResponse().getContentAsString()).doesNotContain("/readiness/rules/" + ruleOfA() + "/remove");
		}
		assertThat(dataTables()).isEqualTo(before);
	}

	static List<String> cells(byte[] xlsx) throws java.io.IOException {
		List<String> texts = new ArrayList<>();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			book.forEach((sheet) -> sheet.forEach((row) -> row.forEach((cell) -> texts.add(cell.toString()))));
		}
		return texts;
	}

	@Test
	void asSessionIsRefusedAtBsHostAndSignedOut() throws Exception {
		SessionCookie a = signIn(A, "demo.admin", "demo-admin-2566");
		assertThat(this.mvc.perform(get("/staff/admin/users").with(at(A)).with(a)).andReturn().getResponse()
			.getStatus()).isEqualTo(200);
		Map<String, String> before = dataTables();
		long refusals = refusalsIn(this.agencyB);
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>(byIdRequestsForA());
		requests.add(0, get("/staff/admin/users"));
		MvcResult first = this.mvc.perform(requests.get(0).with(at(B)).with(a)).andReturn();
		assertThat(first.getResponse().getRedirectedUrl()).startsWith("/login");
		assertThat(this.mvc.perform(get("/staff/admin/users").with(at(A)).with(a)).andReturn().getResponse()
			.getRedirectedUrl()).as("A's session ended: its cookie no longer signs in, even at A").startsWith("/login");
		assertThat(refusalsIn(this.agencyB)).isEqualTo(refusals + 1);
		// The same cookie again, at any host, is signed out; so is every by-id request.
		SessionCookie again = signIn(A, "demo.admin", "demo-admin-2566");
		for (MockHttpServletRequestBuilder request : requests) {
			MvcResult result = this.mvc.perform(request.with(at(B)).with(again)).andReturn();
			String what = result.getRequest().getMethod() + " " + result.getRequest().getRequestURI();
			int status = result.getResponse().getStatus();
			assertThat(status == 403 || status == 404 || (status == 302
					&& result.getResponse().getRedirectedUrl().startsWith("/login"))).as(what + " " + status).isTrue();
			again = signIn(A, "demo.admin", "demo-admin-2566");
		}
		assertThat(dataTables()).isEqualTo(before);
	}

	long refusalsIn(long agency) {
		return this.jdbc.queryForObject("select count(*) from audit_log where action = 'SESSION_REFUSED' and agency_id = ?",
				Long.class, agency);
	}

	@Test
	void aUsernameIsOnlyItsOwnAgencys() throws Exception {
		// A's demo.admin password at B's host: B's demo.admin has another, so no sign-in.
		MvcResult result = this.mvc
			.perform(post("/login").param("username", "demo.admin").param("password", "demo-admin-2566").with(csrf())
				.with(at(B)))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login?error");
		// demo.palad exists only in A.
		result = this.mvc
			.perform(post("/login").param("username", "demo.palad").param("password", "demo-palad-2566").with(csrf())
				.with(at(B)))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login?error");
	}

	@Test
	void endingAsDemoAdminsSessionsLeavesBsDemoAdminSignedIn() throws Exception {
		SessionCookie a = signIn(A, "demo.admin", "demo-admin-2566");
		SessionCookie b = signIn(B, "demo.admin", "b-admin-password-2566");
		this.staffSessions.endSessionsOf(this.users.findOfAgency(this.agencyA, "demo.admin").orElseThrow());
		assertThat(this.mvc.perform(get("/staff/admin/users").with(at(A)).with(a)).andReturn().getResponse()
			.getRedirectedUrl()).as("A's demo.admin is signed out").startsWith("/login");
		assertThat(this.mvc.perform(get("/staff/admin/users").with(at(B)).with(b)).andReturn().getResponse()
			.getStatus()).as("B's demo.admin, of the same name, is still signed in").isEqualTo(200);
	}

	@Test
	void theAuditLogShowsOnlyTheAgencysOwnEntries() throws Exception {
		signIn(A, "demo.palad", "demo-palad-2566");
		SessionCookie b = signIn(B, "demo.admin", "b-admin-password-2566");
		String log = this.mvc.perform(get("/staff/admin/audit").with(at(B)).with(b)).andReturn().getResponse()
			.getContentAsString();
		assertThat(log).contains("demo.admin").doesNotContain("demo.palad");
	}

	@Test
	void publicPagesCachedOrNotShowOnlyTheHostsAgency() throws Exception {
		for (int pass = 0; pass < 2; pass++) {
			String bHome = page(B, "/ita/2566/measures");
			assertThat(bHome).contains(B_MEASURE).doesNotContain("มาตรการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ");
			String aHome = page(A, "/ita/2566/measures");
			assertThat(aHome).contains("มาตรการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ").doesNotContain(B_MEASURE);
			assertThat(page(B, "/")).contains(B_NAME).doesNotContain("บางเสาธง");
			assertThat(page(A, "/")).contains("บางเสาธง").doesNotContain(B_NAME);
		}
		// The same page's validators differ between the agencies.
		String etagA = this.mvc.perform(get("/ita/2566/measures").with(at(A))).andReturn().getResponse().getHeader("ETag");
		String etagB = this.mvc.perform(get("/ita/2566/measures").with(at(B))).andReturn().getResponse().getHeader("ETag");
		assertThat(etagA).isNotNull().isNotEqualTo(etagB);
	}

	String page(String host, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(at(host))).andReturn();
		assertThat(result.getResponse().getStatus()).as(host + path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	@Autowired
	AgencyAddress address;

	/** The answer sheet's links: the agency's first host name, never the Host asked with. */
	@Test
	void eachAgencysPublicAddressIsItsOwnHost() {
		var outer = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
		try {
			assertThat(addressAt(B, true, 443)).isEqualTo("https://b.example.go.th");
			assertThat(addressAt("B.EXAMPLE.GO.TH", false, 8080)).isEqualTo("http://b.example.go.th:8080");
			// A answers at localhost and 127.0.0.1: the name comes first, whichever was asked.
			assertThat(addressAt("127.0.0.1", false, 80)).isEqualTo("http://localhost");
		}
		finally {
			org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(outer);
		}
	}

	String addressAt(String host, boolean secure, int port) {
		org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
		request.setServerName(host);
		request.setSecure(secure);
		request.setServerPort(port);
		org.springframework.web.context.request.RequestContextHolder
			.setRequestAttributes(new org.springframework.web.context.request.ServletRequestAttributes(request));
		return this.address.base();
	}

	@Test
	void anUnknownHostGetsA404ThatNamesNoAgency() throws Exception {
		for (String path : new String[] { "/", "/ita/2566/measures", "/staff", "/staff/admin/users" }) {
			MvcResult result = this.mvc.perform(get(path).with(at("unknown.example.go.th"))).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
		}
		// Sign-in answers there, for platform accounts only (FreshInstallTest), and names no agency.
		MvcResult signIn = this.mvc.perform(get("/login").with(at("unknown.example.go.th"))).andReturn();
		assertThat(signIn.getResponse().getStatus()).isEqualTo(200);
		assertThat(signIn.getResponse().getContentAsString()).doesNotContain("บางเสาธง").doesNotContain(B_NAME);
		// The page itself, on a real Tomcat: AgencyHostsHttpTest.
	}

	@Test
	void aHostWithAPortOrInCapitalsIsTheSameAgency() throws Exception {
		assertThat(page("B.EXAMPLE.GO.TH", "/")).contains(B_NAME);
		MvcResult result = this.mvc.perform(get("/").header("Host", "b.example.go.th:8443").with((request) -> {
			request.setServerName("b.example.go.th");
			request.setServerPort(8443);
			return request;
		})).andReturn();
		assertThat(result.getResponse().getContentAsString()).contains(B_NAME);
	}

	@Test
	void aDisabledAgencysHostServesNothing() throws Exception {
		Map<String, String> before = dataTables();
		for (String path : new String[] { "/", "/ita/2566/measures", "/login", "/staff" }) {
			MvcResult result = this.mvc.perform(get(path).with(at("closed.example.go.th"))).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(503);
		}
		MvcResult signIn = this.mvc.perform(post("/login").param("username", "demo.admin").param("password", "x")
			.with(csrf()).with(at("closed.example.go.th"))).andReturn();
		assertThat(signIn.getResponse().getStatus()).isEqualTo(503);
		assertThat(dataTables()).isEqualTo(before);
	}

}
