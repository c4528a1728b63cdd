package th.ita.portal.user;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.ita.portal.support.SessionCookie;
import th.ita.portal.support.PortalTest;
import th.ita.portal.support.StaffUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Accounts that stop working: disabled, demoted or given a temporary password; their sessions end. */
@PortalTest
class UserStatusTest {

	static final String PASSWORD = "initial-password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffUsers staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAccounts demoAccounts;

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(this.staff.as("demo.admin"))).andReturn().getResponse()
			.getContentAsString());
	}

	long version(String username) {
		return this.jdbc.queryForObject("select version from users where username = ?", Long.class, username);
	}

	int audited(String action, String subjectLike) {
		return this.jdbc.queryForObject("select count(*) from audit_log where action = ? and subject like ?",
				Integer.class, action, subjectLike);
	}

	@Nested
	class DisableAndEnable {

		@Test
		void disablingAsksFirstThenEndsTheUsersOpenSessions() throws Exception {
			String name = staff.create("victim", PASSWORD, Role.EDITOR);
			long id = staff.idOf(name);
			MvcResult signedIn = mvc.perform(StaffUsers.signIn(name, PASSWORD)).andExpect(authenticated()).andReturn();
			SessionCookie session = SessionCookie.of(signedIn);
			mvc.perform(get("/staff/account/password").with(session)).andExpect(status().isOk());

			Document confirm = page(get("/staff/admin/users/" + id + "/disable"));
			assertThat(confirm.select("h1").text()).isEqualTo("ยืนยันการระงับบัญชีของ ทดสอบ " + name + " (" + name + ")");
			assertThat(jdbc.queryForObject("select enabled from users where id = ?", Boolean.class, id)).isTrue();
			mvc.perform(post("/staff/admin/users/" + id + "/disable").with(staff.as("demo.admin"))
				.with(csrf())
				.param("version", confirm.select("input[name=version]").attr("value")))
				.andExpect(redirectedUrl("/staff/admin/users/" + id));

			assertThat(jdbc.queryForObject("select enabled from users where id = ?", Boolean.class, id)).isFalse();
			mvc.perform(get("/staff/account/password").with(session))
				.andExpect(redirectedUrl("/login?expired"))
				.andExpect(unauthenticated());
			mvc.perform(StaffUsers.signIn(name, PASSWORD).with(StaffUsers.from("10.40.0.1"))).andExpect(unauthenticated());
			assertThat(audited("USER_DISABLED", name)).isEqualTo(1);

			mvc.perform(post("/staff/admin/users/" + id + "/enable").with(staff.as("demo.admin"))
				.with(csrf())
				.param("version", String.valueOf(version(name))));
			mvc.perform(StaffUsers.signIn(name, PASSWORD)).andExpect(authenticated());
			assertThat(audited("USER_ENABLED", name)).isEqualTo(1);
		}

		@Test
		void anAdminCannotDisableThemselves() throws Exception {
			long id = staff.idOf("demo.admin");
			mvc.perform(post("/staff/admin/users/" + id + "/disable").with(staff.as("demo.admin"))
				.with(csrf())
				.param("version", String.valueOf(version("demo.admin"))));
			assertThat(jdbc.queryForObject("select enabled from users where id = ?", Boolean.class, id)).isTrue();
		}

		@Test
		void resetPasswordForcesAChangeAndEndsSessions() throws Exception {
			String name = staff.create("forgetful", PASSWORD, Role.AUDITOR);
			long id = staff.idOf(name);
			MvcResult signedIn = mvc.perform(StaffUsers.signIn(name, PASSWORD)).andReturn();
			SessionCookie session = SessionCookie.of(signedIn);
			mvc.perform(post("/staff/admin/users/" + id + "/password").with(staff.as("demo.admin"))
				.with(csrf())
				.param("password", "temporary-pass-1")
				.param("version", String.valueOf(version(name)))).andExpect(redirectedUrl("/staff/admin/users/" + id));
			mvc.perform(get("/staff/account/password").with(session)).andExpect(redirectedUrl("/login?expired"));
			mvc.perform(StaffUsers.signIn(name, "temporary-pass-1")).andExpect(redirectedUrl("/staff/account/password"));
			assertThat(audited("PASSWORD_RESET", name)).isEqualTo(1);
		}

	}

	@Nested
	class RoleChange {

		@Test
		void removingARoleEndsTheUsersOpenSessions() throws Exception {
			String name = staff.create("demoted", PASSWORD, Role.AUDITOR, Role.EDITOR);
			long id = staff.idOf(name);
			MvcResult signedIn = mvc.perform(StaffUsers.signIn(name, PASSWORD)).andExpect(authenticated()).andReturn();
			SessionCookie session = SessionCookie.of(signedIn);
			mvc.perform(get("/staff/admin/audit").with(session)).andExpect(status().isOk());
			mvc.perform(post("/staff/admin/users/" + id).with(staff.as("demo.admin"))
				.with(csrf())
				.param("displayName", "ลดสิทธิ์")
				.param("roles", "EDITOR")
				.param("version", String.valueOf(version(name))));
			mvc.perform(get("/staff/admin/audit").with(session)).andExpect(redirectedUrl("/login?expired"));
			mvc.perform(StaffUsers.signIn(name, PASSWORD)).andExpect(authenticated().withRoles("EDITOR"));
		}

	}

	@Nested
	class DemoBanner {

		@Test
		void everyPageShowsItWhileDemoAccountsCanSignIn() throws Exception {
			assertThat(demoAccounts.isPresent()).isTrue();
			Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
			assertThat(home.select(".demo-banner").text()).startsWith("ระบบทดลอง:");
			Document login = Jsoup.parse(mvc.perform(get("/login").param("lang", "en")).andReturn().getResponse()
				.getContentAsString());
			assertThat(login.select(".demo-banner").text()).startsWith("Demo system:");
		}

	}

}
