package th.ita.portal.platform;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.SessionCookie;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The platform account made from ITA_PLATFORM_ADMIN_PASSWORD must change that password at its first
 * sign-in, at {@code /platform/password}, with the rules of every account's own password; the change
 * is in the audit log as a platform entry (of no agency).
 */
@PortalTest
class PlatformPasswordTest {

	static final String START = "platform-start-password-2569";

	@DynamicPropertySource
	static void operatorFromThePassword(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("platformpassword"));
		registry.add("ita.platform-admin.password", () -> START);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	MvcResult perform(SessionCookie session, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(session)).andDo(session).andReturn();
	}

	@Test
	void theStartUpOperatorChangesItsPasswordAtFirstSignIn() throws Exception {
		SessionCookie operator = new SessionCookie();
		MvcResult signIn = perform(operator,
				post("/login").param("username", "platform.admin").param("password", START).with(csrf()));
		assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/platform/password");
		assertThat(perform(operator, get("/platform")).getResponse().getRedirectedUrl()).isEqualTo("/platform/password");
		String form = perform(operator, get("/platform/password")).getResponse().getContentAsString();
		assertThat(form).contains("action=\"/platform/password\"").contains("name=\"currentPassword\"");

		MvcResult mismatch = perform(operator, post("/platform/password").param("currentPassword", START)
			.param("newPassword", "operator-own-2569").param("confirmPassword", "operator-other-2569").with(csrf()));
		assertThat(mismatch.getResponse().getStatus()).isEqualTo(200);
		assertThat(perform(operator, post("/platform/password").param("currentPassword", START)
			.param("newPassword", "short").param("confirmPassword", "short").with(csrf())).getResponse().getStatus())
			.isEqualTo(200);

		MvcResult changed = perform(operator, post("/platform/password").param("currentPassword", START)
			.param("newPassword", "operator-own-2569").param("confirmPassword", "operator-own-2569").with(csrf()));
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/platform/password");
		assertThat(perform(operator, get("/platform")).getResponse().getStatus()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_log where action = 'PASSWORD_CHANGED' and username = 'platform.admin'
				and agency_id is null""", Long.class)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select must_change_password from users where username = 'platform.admin' and agency_id is null",
				Boolean.class)).isFalse();
	}

}
