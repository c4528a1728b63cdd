package th.ita.portal.security;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import th.ita.portal.support.SessionCookie;
import th.ita.portal.support.PortalTest;
import th.ita.portal.support.StaffUsers;
import th.ita.portal.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in through the real form, signing out, and what the sign-in page says. */
@PortalTest
class SignInTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StaffUsers staff;

	int audited(String username, String action) {
		return this.jdbc.queryForObject("select count(*) from audit_log where username = ? and action = ?",
				Integer.class, username, action);
	}

	Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	@Nested
	class SignInPage {

		@Test
		void hasLabelledFieldsInThaiAndACsrfToken() throws Exception {
			Document login = page(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn());
			assertThat(login.select("h1").text()).isEqualTo("ลงชื่อเข้าใช้สำหรับเจ้าหน้าที่");
			assertThat(login.select("label[for=username]").text()).isEqualTo("ชื่อผู้ใช้");
			assertThat(login.select("label[for=password]").text()).isEqualTo("รหัสผ่าน");
			assertThat(login.select("form[action=/login] input[name=_csrf]")).hasSize(1);
			assertThat(login.select("[role=alert]")).isEmpty();
		}

		@Test
		void inEnglishWhenAsked() throws Exception {
			Document login = page(mvc.perform(get("/login").param("lang", "en")).andReturn());
			assertThat(login.select("h1").text()).isEqualTo("Staff sign-in");
			assertThat(login.select("html").attr("lang")).isEqualTo("en");
		}

		@Test
		void anonymousStaffPageRedirectsToSignIn() throws Exception {
			mvc.perform(get("/staff/account/password")).andExpect(status().isFound())
				.andExpect(redirectedUrl("/login"));
		}

	}

	@Nested
	class Success {

		@Test
		void rightPasswordSignsInWithANewSessionIdAndIsAudited() throws Exception {
			String name = staff.create("signin", "correct-horse-battery", Role.EDITOR);
			// The browser has a session before signing in: the sign-in page's, with its CSRF token.
			SessionCookie session = SessionCookie.of(mvc.perform(get("/login")).andReturn());
			String before = session.value();
			assertThat(before).isNotNull();
			MvcResult result = mvc.perform(formLogin().user(name).password("correct-horse-battery")).andReturn();
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff");
			// The browser sends the cookie of the session it had before signing in.
			mvc.perform(StaffUsers.signIn(name, "correct-horse-battery").with(session))
				.andDo(session)
				.andExpect(authenticated().withUsername(name).withRoles("EDITOR"));
			assertThat(session.value()).isNotEqualTo(before);
			assertThat(audited(name, "SIGN_IN")).isEqualTo(2);
		}

		@Test
		void usernameIsCaseInsensitive() throws Exception {
			String name = staff.create("case", "correct-horse-battery", Role.AUDITOR);
			mvc.perform(formLogin().user(name.toUpperCase()).password("correct-horse-battery"))
				.andExpect(authenticated().withUsername(name));
		}

		@Test
		void demoAccountSignsIn() throws Exception {
			mvc.perform(formLogin().user("demo.palad").password("demo-palad-2566"))
				.andExpect(authenticated().withUsername("demo.palad").withRoles("EDITOR"));
		}

		@Test
		void signOutEndsTheSessionAndIsAudited() throws Exception {
			String name = staff.create("signout", "correct-horse-battery", Role.EDITOR);
			MvcResult in = mvc.perform(StaffUsers.signIn(name, "correct-horse-battery")).andReturn();
			SessionCookie session = SessionCookie.of(in);
			String id = session.value();
			mvc.perform(post("/logout").with(session).with(csrf()))
				.andExpect(redirectedUrl("/login?logout"))
				.andExpect(unauthenticated());
			assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
					SessionCookie.sessionId(id))).as("the session's row is gone").isZero();
			assertThat(audited(name, "SIGN_OUT")).isEqualTo(1);
		}

		@Test
		void signOutWithoutCsrfTokenIsRefused() throws Exception {
			mvc.perform(post("/logout").with(staff.as("demo.auditor"))).andExpect(status().isForbidden());
		}

	}

	@Nested
	class Failure {

		@Test
		void wrongPasswordShowsAnErrorTiedToTheFieldsAndKeepsTheUsername() throws Exception {
			String name = staff.create("wrong", "correct-horse-battery", Role.EDITOR);
			MvcResult failed = mvc.perform(StaffUsers.signIn(name, "nope-nope-nope").with(StaffUsers.from("10.9.0.1")))
				.andExpect(redirectedUrl("/login?error"))
				.andExpect(unauthenticated())
				.andReturn();
			SessionCookie session = SessionCookie.of(failed);
			Document login = page(mvc.perform(get("/login?error").with(session)).andReturn());
			assertThat(login.select("#signin-error[role=alert]").text())
				.isEqualTo("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง หรือบัญชีถูกระงับ โปรดตรวจสอบแล้วลองอีกครั้ง");
			assertThat(login.select("#username").attr("value")).isEqualTo(name);
			assertThat(login.select("#username").attr("aria-describedby")).isEqualTo("signin-error");
			assertThat(login.select("#password").attr("aria-invalid")).isEqualTo("true");
			assertThat(login.select("#password").attr("value")).isEmpty();
			assertThat(audited(name, "SIGN_IN_FAILED")).isEqualTo(1);
		}

		@Test
		void aHugeUsernameIsShownAgainOnlyAsFarAsAUsernameCanGo() throws Exception {
			String huge = "ก".repeat(1_000_000);
			MvcResult failed = mvc.perform(StaffUsers.signIn(huge, "whatever-123").with(StaffUsers.from("10.9.0.4")))
				.andExpect(redirectedUrl("/login?error"))
				.andReturn();
			SessionCookie session = SessionCookie.of(failed);
			Document login = page(mvc.perform(get("/login?error").with(session)).andReturn());
			assertThat(login.select("#username").attr("value")).isEqualTo("ก".repeat(100));
		}

		@Test
		void unknownUserFailsTheSameWayAndIsAuditedWithTheNameTried() throws Exception {
			mvc.perform(StaffUsers.signIn("no.such.person", "whatever-123").with(StaffUsers.from("10.9.0.2")))
				.andExpect(redirectedUrl("/login?error"));
			assertThat(audited("no.such.person", "SIGN_IN_FAILED")).isEqualTo(1);
		}

		@Test
		void disabledUserCannotSignIn() throws Exception {
			String name = staff.create("disabled", "correct-horse-battery", Role.EDITOR);
			jdbc.update("update users set enabled = false where username = ?", name);
			mvc.perform(StaffUsers.signIn(name, "correct-horse-battery").with(StaffUsers.from("10.9.0.3")))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}

		@Test
		void signInWithoutCsrfTokenIsRefused() throws Exception {
			mvc.perform(post("/login").param("username", "demo.admin").param("password", "demo-admin-2566"))
				.andExpect(status().isForbidden())
				.andExpect(unauthenticated());
		}

	}

}
