package th.ita.portal.platform;

import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.ita.portal.agency.AgencyDirectory;
import th.ita.portal.support.JdbcStatements;
import th.ita.portal.support.PortalTest;
import th.ita.portal.support.Staff;
import th.ita.portal.support.StaffUsers;
import th.ita.portal.support.TestDatabase;
import th.ita.portal.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The platform pages, for platform admins only: agencies with their counts, creating, renaming,
 * disabling and enabling one, its host names and its first admin; and what they refuse, with
 * nothing changed. On a database of its own.
 */
@PortalTest
@Import(JdbcStatements.class)
class PlatformTest {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("platform"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StaffUsers staff;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcStatements statements;

	static RequestPostProcessor platformAdmin() {
		return Staff.as("platform.test", Set.of(Role.PLATFORM_ADMIN), Set.of());
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(platformAdmin()).with(csrf())).andReturn();
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(perform(request).getResponse().getContentAsString());
	}

	long create(String slug, String name, String host) throws Exception {
		MvcResult result = perform(post("/platform/agencies").param("slug", slug).param("name", name)
			.param("district", "อำเภอทดสอบ").param("province", "จังหวัดทดสอบ").param("host", host));
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		return this.jdbc.queryForObject("select id from agency where slug = ?", Long.class, slug);
	}

	/** A fingerprint of the agencies, their host names and accounts (and the audit log's length), to prove nothing changed. */
	String platformState(boolean withAudit) {
		return this.jdbc.queryForObject("""
				select md5(concat_ws('|',
				  (select string_agg(concat_ws(',', id, slug, name, district, province, enabled, version), ';' order by id) from agency),
				  (select string_agg(concat_ws(',', host, agency_id), ';' order by host) from agency_host),
				  (select string_agg(concat_ws(',', id, agency_id, username, password_hash), ';' order by id) from users),
				  (select string_agg(concat_ws(',', user_id, role), ';' order by user_id, role) from user_role),
				  case when ? then (select count(*) from audit_log) end))""", String.class, withAudit);
	}

	long version(long id) {
		return this.jdbc.queryForObject("select version from agency where id = ?", Long.class, id);
	}

	String lastAudit(String action) {
		return this.jdbc.queryForObject("select coalesce(agency_id::text, 'none') || ' ' || subject from audit_log "
				+ "where action = ? order by id desc limit 1", String.class, action);
	}

	@Nested
	class Creating {

		@Test
		void createsAnAgencyAtItsHostNormalisedAndAuditedUnderIt() throws Exception {
			long id = create("nakhon", "เทศบาลทดสอบนคร", "ITA.Nakhon.Test:8443");
			assertThat(PlatformTest.this.jdbc.queryForList("select host from agency_host where agency_id = ?", String.class, id))
				.containsExactly("ita.nakhon.test");
			assertThat(PlatformTest.this.directory.byHost("ita.nakhon.test")).hasValueSatisfying(a -> {
				assertThat(a.id()).isEqualTo(id);
				assertThat(a.enabled()).isTrue();
			});
			assertThat(lastAudit("AGENCY_CREATED")).isEqualTo(id + " nakhon เทศบาลทดสอบนคร @ ita.nakhon.test");
			Document list = page(get("/platform"));
			assertThat(list.select("tr[data-slug=nakhon] .hosts").text()).isEqualTo("ita.nakhon.test");
			assertThat(list.select("tr[data-slug=nakhon] .state").text()).isEqualTo("เปิดใช้งาน");
		}

		@Test
		void aTakenSlugOrHostIsRefusedWithTheTypedTextKeptAndNothingChanged() throws Exception {
			String before = platformState(true);
			Document slug = page(post("/platform/agencies").param("slug", "bangsaothong").param("name", "ชื่อที่พิมพ์")
				.param("host", "new-host.test"));
			assertThat(slug.select("#slug-error").text()).isEqualTo("มีหน่วยงานที่ใช้ชื่อย่อนี้แล้ว");
			assertThat(slug.select("#name").attr("value")).isEqualTo("ชื่อที่พิมพ์");
			assertThat(slug.select("#host").attr("value")).isEqualTo("new-host.test");
			Document host = page(post("/platform/agencies").param("slug", "fresh-slug").param("name", "ชื่อที่พิมพ์")
				.param("host", "LOCALHOST:8080"));
			assertThat(host.select("#host-error").text()).isEqualTo("ชื่อโฮสต์นี้เป็นของหน่วยงานอื่นหรือของหน่วยงานนี้อยู่แล้ว");
			assertThat(host.select("#host").attr("value")).isEqualTo("LOCALHOST:8080");
			assertThat(platformState(true)).isEqualTo(before);
		}

		@Test
		void emptyOversizeAndMalformedInputIsRefusedWithClearMessages() throws Exception {
			long agencies = PlatformTest.this.jdbc.queryForObject("select count(*) from agency", Long.class);
			Document empty = page(post("/platform/agencies").param("slug", "").param("name", "  ").param("host", ""));
			assertThat(empty.select("#slug-error, #name-error, #host-error").eachText()).containsOnly("โปรดกรอกข้อมูลนี้")
				.hasSize(3);
			Document bad = page(post("/platform/agencies").param("slug", "Bad Slug<")
				.param("name", "ก".repeat(301))
				.param("host", "http://evil.test/<script>"));
			assertThat(bad.select("#slug-error").text()).startsWith("ชื่อย่อต้องเป็นอักษรภาษาอังกฤษตัวเล็ก");
			assertThat(bad.select("#name-error").text()).isEqualTo("ข้อความยาวเกินไป");
			assertThat(bad.select("#name").attr("value")).hasSize(301);
			Document host = page(post("/platform/agencies").param("slug", "good").param("name", "ดี")
				.param("host", "http://evil.test/<script>"));
			assertThat(host.select("#host-error").text()).startsWith("ชื่อโฮสต์ไม่ถูกต้อง");
			assertThat(host.select("#host").attr("value")).isEqualTo("http://evil.test/<script>");
			assertThat(host.select("main script")).isEmpty();
			assertThat(PlatformTest.this.jdbc.queryForObject("select count(*) from agency", Long.class)).isEqualTo(agencies);
		}

		@Test
		void aHostileNameIsKeptAsTextAndShownEscaped() throws Exception {
			long id = create("hostile", "<script>alert(1)</script><b>อบต.</b>", "hostile.test");
			Document agency = page(get("/platform/agencies/" + id));
			assertThat(agency.select("h1").text()).isEqualTo("<script>alert(1)</script><b>อบต.</b>");
			assertThat(agency.select("main script, main h1 b")).isEmpty();
		}

	}

	@Nested
	class Editing {

		@Test
		void renamesWithTheVersionReadAndAStaleFormIsA409ThatOverwritesNothing() throws Exception {
			long id = create("rename-me", "ชื่อเดิม", "rename.test");
			long version = version(id);
			assertThat(perform(post("/platform/agencies/" + id).param("name", "ชื่อใหม่").param("district", "")
				.param("province", "จังหวัดใหม่").param("version", String.valueOf(version))).getResponse().getStatus())
				.isEqualTo(302);
			assertThat(PlatformTest.this.jdbc.queryForMap("select name, district, province from agency where id = ?", id))
				.containsEntry("name", "ชื่อใหม่").containsEntry("province", "จังหวัดใหม่").containsEntry("district", "");
			assertThat(PlatformTest.this.directory.byHost("rename.test")).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("ชื่อใหม่"));
			assertThat(lastAudit("AGENCY_RENAMED")).isEqualTo(id + " ชื่อเดิม -> ชื่อใหม่");
			MvcResult stale = perform(post("/platform/agencies/" + id).param("name", "ชื่อของฉัน")
				.param("version", String.valueOf(version)));
			assertThat(stale.getResponse().getStatus()).isEqualTo(409);
			Document page = Jsoup.parse(stale.getResponse().getContentAsString());
			assertThat(page.select("#stale li").first().text()).isEqualTo("ชื่อหน่วยงาน: ชื่อใหม่");
			assertThat(page.select("#name").attr("value")).isEqualTo("ชื่อของฉัน");
			assertThat(PlatformTest.this.jdbc.queryForObject("select name from agency where id = ?", String.class, id))
				.isEqualTo("ชื่อใหม่");
		}

		@Test
		void disablingAsksFirstThenTheHostAnswersWithTheDisabledPageUntilEnabled() throws Exception {
			long id = create("to-disable", "หน่วยงานที่จะปิด", "disable.test");
			Document confirm = page(get("/platform/agencies/" + id + "/disable"));
			assertThat(confirm.select("h1").text()).isEqualTo("ปิดใช้งาน หน่วยงานที่จะปิด หรือไม่?");
			assertThat(PlatformTest.this.jdbc.queryForObject("select enabled from agency where id = ?", Boolean.class, id)).isTrue();
			assertThat(perform(post("/platform/agencies/" + id + "/disable").param("version", String.valueOf(version(id))))
				.getResponse().getStatus()).isEqualTo(302);
			assertThat(PlatformTest.this.jdbc.queryForObject("select enabled from agency where id = ?", Boolean.class, id)).isFalse();
			assertThat(PlatformTest.this.directory.byHost("disable.test")).hasValueSatisfying(a -> assertThat(a.enabled()).isFalse());
			assertThat(lastAudit("AGENCY_DISABLED")).isEqualTo(id + " to-disable");
			MvcResult publicHome = PlatformTest.this.mvc.perform(get("/").header("Host", "disable.test")).andReturn();
			assertThat(publicHome.getResponse().getStatus()).as("the disabled agency's page").isEqualTo(503);
			assertThat(publicHome.getResponse().getContentAsString()).doesNotContain("หน่วยงานที่จะปิด");
			assertThat(perform(post("/platform/agencies/" + id + "/enable").param("version", "0")).getResponse().getStatus())
				.as("a stale enable").isEqualTo(409);
			assertThat(perform(post("/platform/agencies/" + id + "/enable").param("version", String.valueOf(version(id))))
				.getResponse().getStatus()).isEqualTo(302);
			assertThat(PlatformTest.this.directory.byHost("disable.test")).hasValueSatisfying(a -> assertThat(a.enabled()).isTrue());
		}

		@Test
		void hostNamesAreAddedNormalisedAndRemovedAndATakenOneIsRefused() throws Exception {
			long id = create("hosts", "หน่วยงานหลายโฮสต์", "one.test");
			assertThat(perform(post("/platform/agencies/" + id + "/hosts").param("host", "  Two.TEST:80 ")).getResponse()
				.getStatus()).isEqualTo(302);
			assertThat(PlatformTest.this.directory.byHost("two.test")).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(id));
			Document taken = page(post("/platform/agencies/" + id + "/hosts").param("host", "127.0.0.1"));
			assertThat(taken.select("#host-error").text()).isEqualTo("ชื่อโฮสต์นี้เป็นของหน่วยงานอื่นหรือของหน่วยงานนี้อยู่แล้ว");
			assertThat(taken.select("#host").attr("value")).isEqualTo("127.0.0.1");
			assertThat(perform(post("/platform/agencies/" + id + "/hosts/remove").param("host", "one.test")).getResponse()
				.getStatus()).isEqualTo(302);
			assertThat(PlatformTest.this.jdbc.queryForList("select host from agency_host where agency_id = ?", String.class, id))
				.containsExactly("two.test");
			assertThat(PlatformTest.this.directory.byHost("one.test")).isEmpty();
			assertThat(lastAudit("AGENCY_HOST_REMOVED")).isEqualTo(id + " one.test");
			assertThat(perform(post("/platform/agencies/" + id + "/hosts/remove").param("host", "localhost")).getResponse()
				.getStatus()).as("another agency's host").isEqualTo(404);
			assertThat(PlatformTest.this.jdbc.queryForObject("select count(*) from agency_host where host = 'localhost'",
					Long.class)).isEqualTo(1);
		}

		@Test
		void aMissingAgencyIsA404AndAWrongIdA400NeverA500() throws Exception {
			assertThat(perform(get("/platform/agencies/987654321")).getResponse().getStatus()).isEqualTo(404);
			assertThat(perform(post("/platform/agencies/987654321").param("name", "x").param("version", "0")).getResponse()
				.getStatus()).isEqualTo(404);
			assertThat(perform(post("/platform/agencies/987654321/disable").param("version", "0")).getResponse().getStatus())
				.isEqualTo(404);
			assertThat(perform(post("/platform/agencies/987654321/hosts").param("host", "ghost.test")).getResponse()
				.getStatus()).isEqualTo(404);
			assertThat(perform(post("/platform/agencies/987654321/admin").param("username", "ghost.admin")
				.param("displayName", "ผี")).getResponse().getStatus()).isEqualTo(404);
			assertThat(perform(get("/platform/agencies/abc")).getResponse().getStatus()).isEqualTo(400);
			assertThat(PlatformTest.this.jdbc.queryForObject("select count(*) from agency_host where host = 'ghost.test'",
					Long.class)).isZero();
		}

	}

	@Nested
	class FirstAdmin {

		@Test
		void theFirstAdminGetsAOneTimePasswordShownOnceAndASecondIsRefused() throws Exception {
			long id = create("with-admin", "หน่วยงานมีผู้ดูแล", "admin.test");
			MvcResult created = perform(post("/platform/agencies/" + id + "/admin").param("username", "first.admin")
				.param("displayName", "ผู้ดูแลคนแรก"));
			assertThat(created.getResponse().getStatus()).isEqualTo(200);
			assertThat(created.getResponse().getHeader("Cache-Control")).contains("no-store");
			Document page = Jsoup.parse(created.getResponse().getContentAsString());
			String password = page.select("#one-time-password").text();
			assertThat(password).hasSize(20);
			Map<String, Object> user = PlatformTest.this.jdbc.queryForMap("""
					select u.agency_id, u.password_hash, u.must_change_password, r.role from users u
					join user_role r on r.user_id = u.id where u.username = 'first.admin'""");
			assertThat(user).containsEntry("agency_id", id).containsEntry("must_change_password", true)
				.containsEntry("role", "ADMIN");
			assertThat(PlatformTest.this.passwords.matches(password, (String) user.get("password_hash"))).isTrue();
			assertThat(lastAudit("USER_CREATED")).isEqualTo(id + " first.admin (ADMIN, first admin)");
			assertThat(page(get("/platform/agencies/" + id)).select("#has-admin").text())
				.startsWith("หน่วยงานนี้มีผู้ดูแลระบบแล้ว");
			Document again = page(post("/platform/agencies/" + id + "/admin").param("username", "second.admin")
				.param("displayName", "คนที่สอง"));
			assertThat(again.select("#one-time-password")).isEmpty();
			assertThat(PlatformTest.this.jdbc.queryForObject("select count(*) from users where username = 'second.admin'",
					Long.class)).isZero();
		}

		@Test
		void aBadUsernameIsRefusedWithTheTypedTextKept() throws Exception {
			long id = create("bad-admin", "หน่วยงานชื่อผู้ใช้ผิด", "bad-admin.test");
			Document page = page(post("/platform/agencies/" + id + "/admin").param("username", "<b>X</b>")
				.param("displayName", "ชื่อ"));
			assertThat(page.select("#username-error").text()).startsWith("ชื่อผู้ใช้ต้องเป็นตัวอักษรภาษาอังกฤษตัวเล็ก");
			assertThat(page.select("#username").attr("value")).isEqualTo("<b>X</b>");
			assertThat(PlatformTest.this.jdbc.queryForObject("select count(*) from users where agency_id = ?", Long.class, id))
				.isZero();
		}

	}

	@Nested
	class Access {

		@Test
		void anAgencyAdminGets403OnEveryPlatformUrlAndNothingChanges() throws Exception {
			String before = platformState(false);
			long bangsaothong = PlatformTest.this.jdbc.queryForObject("select id from agency where slug = 'bangsaothong'",
					Long.class);
			RequestPostProcessor admin = PlatformTest.this.staff.as("demo.admin");
			for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] { get("/platform"),
					get("/platform/agencies/" + bangsaothong), post("/platform/agencies").param("slug", "x1")
						.param("name", "x").param("host", "x1.test"),
					post("/platform/agencies/" + bangsaothong).param("name", "ยึด").param("version", "0"),
					post("/platform/agencies/" + bangsaothong + "/disable").param("version", "0"),
					post("/platform/agencies/" + bangsaothong + "/hosts").param("host", "mine.test"),
					post("/platform/agencies/" + bangsaothong + "/admin").param("username", "x.admin")
						.param("displayName", "x") }) {
				assertThat(PlatformTest.this.mvc.perform(request.with(admin).with(csrf())).andReturn().getResponse()
					.getStatus()).isEqualTo(403);
			}
			assertThat(platformState(false)).isEqualTo(before);
			assertThat(PlatformTest.this.jdbc.queryForMap("select name, enabled from agency where id = ?", bangsaothong))
				.containsEntry("name", "องค์การบริหารส่วนตำบลบางเสาธง").containsEntry("enabled", true);
		}

		@Test
		void aPlatformAdminGets403UnderStaffAndAnonymousIsSentToSignIn() throws Exception {
			assertThat(perform(get("/staff")).getResponse().getStatus()).isEqualTo(403);
			assertThat(perform(get("/staff/admin/users")).getResponse().getStatus()).isEqualTo(403);
			MvcResult anonymous = PlatformTest.this.mvc.perform(get("/platform")).andReturn();
			assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
			assertThat(anonymous.getResponse().getRedirectedUrl()).isEqualTo("/login");
		}

		@Test
		void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
			assertThat(PlatformTest.this.mvc.perform(post("/platform/agencies").param("slug", "nocsrf").param("name", "x")
				.param("host", "nocsrf.test").with(platformAdmin())).andReturn().getResponse().getStatus()).isEqualTo(403);
			assertThat(PlatformTest.this.jdbc.queryForObject("select count(*) from agency where slug = 'nocsrf'", Long.class))
				.isZero();
		}

	}

	@Test
	void theListCostsTheSameStatementsForTwoAgenciesAsForThirtyAndCountsWithoutReadingDrafts() throws Exception {
		long one = this.statements.count(() -> page(get("/platform")));
		this.jdbc.update("""
				insert into agency (slug, name, enabled) select 'bulk-' || n, 'หน่วยงานจำนวนมาก ' || n, true
				from generate_series(1, 28) n""");
		this.jdbc.update("insert into agency_host (host, agency_id) select slug || '.test', id from agency where slug like 'bulk-%'");
		this.jdbc.update("insert into unit (agency_id, name) select id, 'สำนักปลัด' from agency where slug like 'bulk-%'");
		long many = this.statements.count(() -> page(get("/platform")));
		assertThat(many).isEqualTo(one);
		Document list = page(get("/platform"));
		assertThat(list.select("tr[data-slug=bulk-7] .units").text()).isEqualTo("1");
		assertThat(list.select("tr[data-slug=bangsaothong] .published").text()).isEqualTo("43");
		assertThat(list.select("tr[data-slug=bangsaothong] .reports").text()).isEqualTo("1");
		assertThat(list.select("tr[data-slug=bangsaothong] .accounts").text()).isEqualTo("5");
		assertThat(list.select("main").text()).doesNotContain("เปิดเผยแพร่ข้อมูลบนเว็บไซต์หลักของหน่วยงาน");
	}

}
