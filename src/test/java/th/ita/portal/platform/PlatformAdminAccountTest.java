package th.ita.portal.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.StaffUsers;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first platform admin comes from ITA_PLATFORM_ADMIN_PASSWORD at start-up (here under the name
 * ITA_PLATFORM_ADMIN_USERNAME gives), belongs to no agency, signs in to /platform, and is made once.
 */
@PortalTest
class PlatformAdminAccountTest {

	static final String PASSWORD = "platform-test-password-2569";

	@DynamicPropertySource
	static void ownDatabaseWithAPlatformPassword(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("platform_admin"));
		registry.add("ita.platform-admin.password", () -> PASSWORD);
		registry.add("ita.platform-admin.username", () -> "ops.root");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	PlatformAdminAccount account;

	@Test
	void theAccountIsOfNoAgencyWithOnlyThePlatformRoleAndIsAuditedUnderNone() {
		Map<String, Object> user = this.jdbc.queryForMap("""
				select u.agency_id, u.password_hash, string_agg(r.role, ',') as roles from users u
				join user_role r on r.user_id = u.id where u.username = 'ops.root' group by u.id""");
		assertThat(user).containsEntry("agency_id", null).containsEntry("roles", "PLATFORM_ADMIN");
		assertThat(this.passwords.matches(PASSWORD, (String) user.get("password_hash"))).isTrue();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_log where action = 'USER_CREATED' and agency_id is null
				and subject like 'ops.root %'""", Long.class)).isEqualTo(1);
	}

	@Test
	void itSignsInToThePlatformPagesAndMustFirstChangeThePassword() throws Exception {
		MvcResult result = this.mvc.perform(StaffUsers.signIn("ops.root", PASSWORD)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/platform/password");
	}

	@Test
	void aSecondStartMakesNoSecondAccount() throws Exception {
		this.account.run(new DefaultApplicationArguments());
		assertThat(this.jdbc.queryForObject("select count(*) from users where agency_id is null", Long.class)).isEqualTo(1);
	}

}
