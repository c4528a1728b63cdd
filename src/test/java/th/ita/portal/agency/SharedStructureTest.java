package th.ita.portal.agency;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.SessionCookie;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The frameworks, their lineage, result rules and readiness rules are shared by every agency of the
 * portal. With two agencies, the admin of another agency than the default one (here the demo agency,
 * {@code ita.default-agency=bangsaothong}) reads them but changes none: every write is a 403 and
 * leaves them as they were, and the pages show them read-only with a note. The default agency's
 * admin keeps the forms.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedStructureTest {

	static final String B = "b.example.go.th";

	@DynamicPropertySource
	static void ownDatabaseWithADefaultAgency(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("shared"));
		registry.add("ita.default-agency", () -> "bangsaothong");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AgencyDirectory agencies;

	long framework;

	@BeforeAll
	void aSecondAgency() {
		long b = this.jdbc.queryForObject(
				"insert into agency (slug, name) values ('test-b', 'หน่วยงานทดสอบบี (ทดสอบระบบ)') returning id", Long.class);
		this.jdbc.update("insert into agency_host (host, agency_id) values (?, ?)", B, b);
		long admin = this.jdbc.queryForObject("""
				insert into users (agency_id, username, display_name, password_hash) values (?, 'b.admin', 'ผู้ดูแลบี', ?)
				returning id""", Long.class, b, this.passwords.encode("b-admin-password-2566"));
		this.jdbc.update("insert into user_role (user_id, role) values (?, 'ADMIN')", admin);
		this.agencies.reload();
		this.framework = this.jdbc.queryForObject("select id from framework where fiscal_year = 2566", Long.class);
	}

	SessionCookie signIn(String host, String username, String password) throws Exception {
		SessionCookie session = new SessionCookie();
		MvcResult result = this.mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf())
				.with(AgencyIsolationTest.at(host)).with(session))
			.andDo(session)
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("signed in at " + host).isEqualTo("/staff");
		return session;
	}

	Map<String, String> sharedTables() {
		Map<String, String> sums = new LinkedHashMap<>();
		for (String table : List.of("framework", "oit_item", "oit_item_component", "oit_item_lineage", "result_rule",
				"readiness_rule")) {
			sums.put(table, this.jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), ',' "
					+ "order by md5(t::text))), '') from " + table + " t", String.class));
		}
		return sums;
	}

	Document page(String host, SessionCookie session, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(AgencyIsolationTest.at(host)).with(session)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static MockMultipartFile csv(String name, String text) {
		return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void anotherAgencysAdminReadsTheSharedStructureAndChangesNothing() throws Exception {
		SessionCookie b = signIn(B, "b.admin", "b-admin-password-2566");
		String page = "/staff/admin/frameworks/" + this.framework;
		Map<String, String> before = sharedTables();
		List<AbstractMockHttpServletRequestBuilder<?>> writes = List.of(
				multipart("/staff/admin/frameworks/import").file(csv("f.csv", "indicator\n")).param("year", "2570")
					.param("name", "กรอบของบี"),
				get(page + "/delete"), post(page + "/delete"),
				multipart(page + "/lineage").file(csv("l.csv", "from_year,from_item,to_item\n2566,o1,o2\n")),
				post(page + "/lineage/add").param("fromYear", "2566").param("fromItem", "o1").param("toItem", "o2"),
				post(page + "/lineage/remove").param("fromItem", "1").param("toItem", "2"),
				post(page + "/result-rule").param("version", "0").param("levels", "AA,95\nA,85"));
		for (AbstractMockHttpServletRequestBuilder<?> write : writes) {
			MvcResult result = this.mvc.perform(write.with(csrf()).with(AgencyIsolationTest.at(B)).with(b)).andReturn();
			assertThat(result.getResponse().getStatus())
				.as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI()).isEqualTo(403);
		}
		assertThat(sharedTables()).isEqualTo(before);

		Document list = page(B, b, "/staff/admin/frameworks");
		assertThat(list.select("#shared-note").text()).startsWith("กรอบการประเมินใช้ร่วมกันทุกหน่วยงาน");
		assertThat(list.select("form[action$=/import]")).isEmpty();
		assertThat(list.text()).contains("2566");
		Document framework = page(B, b, page);
		assertThat(framework.select("#shared-note")).hasSize(1);
		assertThat(framework.select("form[action*=/lineage], a[href$=/delete]")).isEmpty();
		Document rule = page(B, b, page + "/result-rule");
		assertThat(rule.select("#shared-note")).hasSize(1);
		assertThat(rule.select("form[action$=/result-rule]")).isEmpty();
	}

	@Test
	void theDefaultAgencysAdminKeepsTheForms() throws Exception {
		SessionCookie a = signIn("localhost", "demo.admin", "demo-admin-2566");
		String page = "/staff/admin/frameworks/" + this.framework;
		Document list = page("localhost", a, "/staff/admin/frameworks");
		assertThat(list.select("#shared-note")).isEmpty();
		assertThat(list.select("form[action$=/import]")).hasSize(1);
		assertThat(page("localhost", a, page).select("form[action$=/lineage]")).hasSize(1);
		assertThat(page("localhost", a, page + "/result-rule").select("form[action$=/result-rule]")).hasSize(1);
		Map<String, String> before = sharedTables();
		// Allowed through to the checks of what was typed: a row naming no item is refused (422), not the admin.
		assertThat(this.mvc.perform(post(page + "/lineage/add").param("fromYear", "2566").param("fromItem", "o99")
			.param("toItem", "o1").with(csrf()).with(AgencyIsolationTest.at("localhost")).with(a)).andReturn()
			.getResponse().getStatus()).isEqualTo(422);
		assertThat(sharedTables()).isEqualTo(before);
	}

}
