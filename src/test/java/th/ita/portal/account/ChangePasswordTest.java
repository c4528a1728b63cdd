package th.ita.portal.account;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A user changes their own password; one who must change it can do nothing else first. */
@PortalTest
class ChangePasswordTest {

	static final String OLD = "old-password-123";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffUsers staff;

	@Autowired
	JdbcTemplate jdbc;

	SessionCookie signedIn(String username, String password) throws Exception {
		MvcResult result = this.mvc.perform(StaffUsers.signIn(username, password)).andExpect(authenticated()).andReturn();
		return SessionCookie.of(result);
	}

	Document change(SessionCookie session, String current, String next, String confirm) throws Exception {
		MvcResult result = this.mvc.perform(post("/staff/account/password").with(session)
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", confirm)).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	@Test
	void pageHasLabelledPasswordFieldsInThai() throws Exception {
		String name = this.staff.create("pwpage", OLD, Role.EDITOR);
		Document page = Jsoup.parse(this.mvc.perform(get("/staff/account/password").with(signedIn(name, OLD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("เปลี่ยนรหัสผ่าน");
		assertThat(page.select("label[for=newPassword]").text()).isEqualTo("รหัสผ่านใหม่");
		assertThat(page.select("#newPassword").attr("aria-describedby")).isEqualTo("newPassword-help");
		assertThat(page.select(".staff-nav .staff-name").text()).isEqualTo("ทดสอบ " + name);
	}

	@Test
	void changedPasswordWorksAndTheOldOneNoLonger() throws Exception {
		String name = this.staff.create("pwchange", OLD, Role.EDITOR);
		SessionCookie session = signedIn(name, OLD);
		this.mvc.perform(post("/staff/account/password").with(session)
			.with(csrf())
			.param("currentPassword", OLD)
			.param("newPassword", "brand-new-password")
			.param("confirmPassword", "brand-new-password")).andExpect(redirectedUrl("/staff/account/password"));
		this.mvc.perform(StaffUsers.signIn(name, "brand-new-password")).andExpect(authenticated());
		this.mvc.perform(StaffUsers.signIn(name, OLD).with(StaffUsers.from("10.30.0.1"))).andExpect(unauthenticated());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where username = ? and action = 'PASSWORD_CHANGED'", Integer.class, name))
			.isEqualTo(1);
	}

	@Test
	void errorsAreShownAtTheirFieldsInThai() throws Exception {
		String name = this.staff.create("pwerrors", OLD, Role.EDITOR);
		SessionCookie session = signedIn(name, OLD);
		Document tooShort = change(session, OLD, "short", "short");
		assertThat(tooShort.select("#newPassword-error").text()).isEqualTo("รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร");
		assertThat(tooShort.select("#newPassword").attr("aria-describedby")).isEqualTo("newPassword-help newPassword-error");
		assertThat(tooShort.select("#newPassword").attr("aria-invalid")).isEqualTo("true");
		assertThat(change(session, OLD, "long-enough-1", "long-enough-2").select("#confirmPassword-error").text())
			.isEqualTo("รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน");
		assertThat(change(session, "not-my-password", "long-enough-1", "long-enough-1").select("#currentPassword-error")
			.text()).isEqualTo("รหัสผ่านปัจจุบันไม่ถูกต้อง");
		this.mvc.perform(StaffUsers.signIn(name, OLD)).andExpect(authenticated());
	}

	@Test
	void mustChangeIsEnforcedOnEveryStaffPageUntilChanged() throws Exception {
		String name = this.staff.create("pwmust", OLD, Role.ADMIN);
		this.jdbc.update("update users set must_change_password = true where username = ?", name);
		SessionCookie session = new SessionCookie();
		this.mvc.perform(StaffUsers.signIn(name, OLD).with(session)).andDo(session).andExpect(redirectedUrl("/staff/account/password"));
		for (String page : new String[] { "/staff", "/staff/admin/users", "/staff/admin/audit", "/staff/anything" }) {
			this.mvc.perform(get(page).with(session)).andExpect(redirectedUrl("/staff/account/password"));
		}
		Document form = Jsoup.parse(this.mvc.perform(get("/staff/account/password").with(session))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.select(".alert-warn").text()).isEqualTo("ท่านต้องตั้งรหัสผ่านใหม่ของท่านเองก่อนใช้งานส่วนอื่นของระบบ");
		change(session, OLD, "my-own-password", "my-own-password");
		this.mvc.perform(get("/staff/admin/users").with(session)).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select must_change_password from users where username = ?", Boolean.class,
				name)).isFalse();
	}

}
