package th.ita.portal.user;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import th.ita.portal.audit.AuditLog;
import th.ita.portal.support.SessionCookie;
import th.ita.portal.support.PortalTest;
import th.ita.portal.support.StaffUsers;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A first start without demo data, on a database of its own: with no agency yet, no account (the
 * platform admin makes agencies and their first admins); once there is one agency, one
 * {@code admin} of it, with a password from ITA_ADMIN_PASSWORD or a random one logged once, who
 * must change it; no default password.
 */
@PortalTest
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

	static final String DATABASE = TestDatabase.create("ita_test_first_" + UUID.randomUUID().toString().substring(0, 8));

	static final Pattern LOGGED_PASSWORD = Pattern.compile("one-time password: (\\S+)");

	@DynamicPropertySource
	static void ownDatabaseWithoutDemoData(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.url(DATABASE));
		registry.add("ita.demo", () -> "false");
		// Not the test profile's "-": the only agency is the default one.
		registry.add("ita.default-agency", () -> "");
	}

	@AfterAll
	static void dropDatabase() {
		TestDatabase.drop(DATABASE);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StaffUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditLog auditLog;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	DemoAccounts demoAccounts;

	@Autowired
	th.ita.portal.agency.AgencyDirectory agencies;

	FirstAdmin firstAdmin(String configuredPassword) {
		return new FirstAdmin(this.users, this.passwordEncoder, this.auditLog, this.events, configuredPassword,
				this.agencies, JdbcClient.create(this.jdbc));
	}

	/** One agency, at localhost, without accounts. */
	void noAccounts() {
		this.jdbc.update("delete from users");
		this.jdbc.update("insert into agency (slug, name) values ('only', 'หน่วยงานเดียว') on conflict do nothing");
		this.jdbc.update("insert into agency_host (host, agency_id) select 'localhost', id from agency where slug = 'only' "
				+ "on conflict do nothing");
		this.agencies.reload();
	}

	@Test
	@org.junit.jupiter.api.Order(1)
	void startUpWithoutAnAgencyCreatedNoAccount() {
		assertThat(this.jdbc.queryForList("select username from users", String.class)).isEmpty();
	}

	@Test
	@org.junit.jupiter.api.Order(2)
	void theOnlyAgencysFirstAdminMustChangeThePassword() {
		noAccounts();
		firstAdmin("").run(null);
		assertThat(this.jdbc.queryForList("select username from users", String.class)).containsExactly("admin");
		assertThat(this.jdbc.queryForObject("select must_change_password from users", Boolean.class)).isTrue();
		assertThat(this.jdbc.queryForObject("select a.slug from users u join agency a on a.id = u.agency_id",
				String.class)).isEqualTo("only");
		assertThat(this.jdbc.queryForList("select role from user_role", String.class)).containsExactly("ADMIN");
		assertThat(this.demoAccounts.isPresent(this.agencies.byHost("localhost").orElseThrow().id())).isFalse();
	}

	@Test
	void randomPasswordIsLoggedOnceAndMustBeChanged(CapturedOutput output) throws Exception {
		noAccounts();
		int start = output.getOut().length();
		firstAdmin("").run(null);
		Matcher logged = LOGGED_PASSWORD.matcher(output.getOut().substring(start));
		assertThat(logged.find()).isTrue();
		String password = logged.group(1);
		assertThat(password).hasSize(20);
		assertThat(logged.find()).as("logged once").isFalse();
		SessionCookie session = new SessionCookie();
		this.mvc.perform(StaffUsers.signIn("admin", password).with(session))
			.andDo(session)
			.andExpect(authenticated().withUsername("admin").withRoles("ADMIN"))
			.andExpect(redirectedUrl("/staff/account/password"));
		this.mvc.perform(get("/staff/admin/users").with(session))
			.andExpect(redirectedUrl("/staff/account/password"));
	}

	@Test
	void passwordFromTheEnvironmentIsUsedAndNotLogged(CapturedOutput output) throws Exception {
		noAccounts();
		int start = output.getOut().length();
		firstAdmin("from-the-environment-1").run(null);
		assertThat(output.getOut().substring(start)).doesNotContain("from-the-environment-1").doesNotContain("one-time password");
		this.mvc.perform(StaffUsers.signIn("admin", "from-the-environment-1"))
			.andExpect(authenticated().withUsername("admin"))
			.andExpect(redirectedUrl("/staff/account/password"));
	}

	@Test
	void nothingHappensWhenAccountsExist(CapturedOutput output) {
		noAccounts();
		firstAdmin("first-one-1234").run(null);
		long before = this.users.count();
		int start = output.getOut().length();
		firstAdmin("").run(null);
		assertThat(this.users.count()).isEqualTo(before);
		assertThat(output.getOut().substring(start)).doesNotContain("one-time password");
	}

}
