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

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.StaffUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An admin manages accounts: create, edit roles and units, disable, enable, reset password. */
@PortalTest
class UserAdminTest {

	static final String PASSWORD = "initial-password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffUsers staff;

	@Autowired
	JdbcTemplate jdbc;

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(this.staff.as("demo.admin"))).andReturn().getResponse()
			.getContentAsString());
	}

	long unitId(String name) {
		return this.jdbc.queryForObject("select id from unit where name = ?", Long.class, name);
	}

	long version(String username) {
		return this.jdbc.queryForObject("select version from users where username = ?", Long.class, username);
	}

	int audited(String action, String subjectLike) {
		return this.jdbc.queryForObject("select count(*) from audit_log where action = ? and subject like ?",
				Integer.class, action, subjectLike);
	}

	@Nested
	class Create {

		@Test
		void createsAnEditorOfAUnitWhoCanSignInAndMustChangeThePassword() throws Exception {
			mvc.perform(post("/staff/admin/users").with(staff.as("demo.admin"))
				.with(csrf())
				.param("username", "somchai.k")
				.param("displayName", "สมชาย ใจดี")
				.param("password", PASSWORD)
				.param("roles", "EDITOR")
				.param("unitIds", String.valueOf(unitId("กองช่าง")))).andExpect(status().isFound());
			assertThat(jdbc.queryForObject("select must_change_password from users where username = 'somchai.k'",
					Boolean.class)).isTrue();
			assertThat(jdbc.queryForObject("select u.name from user_unit uu join unit u on u.id = uu.unit_id "
					+ "join users s on s.id = uu.user_id where s.username = 'somchai.k'", String.class)).isEqualTo("กองช่าง");
			assertThat(audited("USER_CREATED", "somchai.k: roles=[EDITOR]%")).isEqualTo(1);
			mvc.perform(StaffUsers.signIn("somchai.k", PASSWORD))
				.andExpect(authenticated().withRoles("EDITOR"))
				.andExpect(redirectedUrl("/staff/account/password"));
			Document list = page(get("/staff/admin/users"));
			assertThat(list.select("td a").eachText()).contains("somchai.k", "demo.admin");
		}

		@Test
		void validationErrorsKeepWhatWasTypedExceptThePassword() throws Exception {
			Document form = page(post("/staff/admin/users").with(csrf())
				.param("username", "Bad Name!")
				.param("displayName", "นางสาวทดสอบ ผิดพลาด")
				.param("password", "short")
				.param("unitIds", String.valueOf(unitId("กองคลัง"))));
			assertThat(form.select("#username").attr("value")).isEqualTo("Bad Name!");
			assertThat(form.select("#displayName").attr("value")).isEqualTo("นางสาวทดสอบ ผิดพลาด");
			assertThat(form.select("#password").attr("value")).isEmpty();
			assertThat(form.select("input[name=unitIds][checked]").attr("value"))
				.isEqualTo(String.valueOf(unitId("กองคลัง")));
			assertThat(form.select("#username-error").text()).startsWith("ชื่อผู้ใช้ต้องเป็นตัวอักษรภาษาอังกฤษตัวเล็ก");
			assertThat(form.select("#username").attr("aria-describedby")).isEqualTo("username-help username-error");
			assertThat(form.select("#password-error").text()).isEqualTo("รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร");
			assertThat(form.select("#roles-error").text()).isEqualTo("โปรดเลือกบทบาทอย่างน้อยหนึ่งบทบาท");
			assertThat(jdbc.queryForObject("select count(*) from users where display_name = 'นางสาวทดสอบ ผิดพลาด'",
					Integer.class)).isZero();
		}

		@Test
		void aTakenUsernameIsRefused() throws Exception {
			Document form = page(post("/staff/admin/users").with(csrf())
				.param("username", "demo.palad")
				.param("displayName", "ซ้ำ")
				.param("password", PASSWORD)
				.param("roles", "AUDITOR"));
			assertThat(form.select("#username-error").text()).isEqualTo("มีชื่อผู้ใช้นี้ในระบบแล้ว");
		}

	}

	@Nested
	class Edit {

		@Test
		void changesRolesAndUnitsAndAuditsIt() throws Exception {
			String name = staff.create("edit", PASSWORD, Role.EDITOR);
			long id = staff.idOf(name);
			mvc.perform(post("/staff/admin/users/" + id).with(staff.as("demo.admin"))
				.with(csrf())
				.param("displayName", "ชื่อใหม่")
				.param("roles", "EDITOR", "APPROVER")
				.param("unitIds", String.valueOf(unitId("สำนักปลัด")))
				.param("version", String.valueOf(version(name))))
				.andExpect(redirectedUrl("/staff/admin/users/" + id))
				.andExpect(flash().attribute("flash", "accounts.flash.user-saved"));
			Document edit = page(get("/staff/admin/users/" + id));
			assertThat(edit.select("#displayName").attr("value")).isEqualTo("ชื่อใหม่");
			assertThat(edit.select("input[name=roles][checked]").eachAttr("value")).containsExactlyInAnyOrder("EDITOR",
					"APPROVER");
			assertThat(audited("ROLES_CHANGED", name + ": roles=[APPROVER, EDITOR] units=[%")).isEqualTo(1);
			assertThat(audited("USER_UPDATED", name + ": ชื่อใหม่")).isEqualTo(1);
		}

		@Test
		void aStaleSaveIsRefusedAndOverwritesNothing() throws Exception {
			String name = staff.create("stale", PASSWORD, Role.EDITOR);
			long id = staff.idOf(name);
			long old = version(name);
			jdbc.update("update users set display_name = 'เปลี่ยนโดยคนอื่น', version = version + 1 where id = ?", id);
			MvcResult result = mvc.perform(post("/staff/admin/users/" + id).with(staff.as("demo.admin"))
				.with(csrf())
				.param("displayName", "ของฉัน")
				.param("roles", "AUDITOR")
				.param("version", String.valueOf(old))).andExpect(status().isConflict()).andReturn();
			Document page = Jsoup.parse(result.getResponse().getContentAsString());
			assertThat(page.select("#stale").text()).startsWith("มีผู้อื่นแก้ไขข้อมูลนี้ก่อนท่าน ระบบไม่ได้บันทึกทับ")
				.contains("เปลี่ยนโดยคนอื่น");
			assertThat(page.select("#displayName").attr("value")).isEqualTo("ของฉัน");
			assertThat(jdbc.queryForObject("select display_name from users where id = ?", String.class, id))
				.isEqualTo("เปลี่ยนโดยคนอื่น");
			assertThat(jdbc.queryForList("select role from user_role where user_id = ?", String.class, id))
				.containsExactly("EDITOR");
		}

		@Test
		void anAdminCannotRemoveTheirOwnAdminRole() throws Exception {
			long id = staff.idOf("demo.admin");
			Document page = page(post("/staff/admin/users/" + id).with(csrf())
				.param("displayName", "ผู้ดูแลระบบ (ทดลอง)")
				.param("roles", "AUDITOR")
				.param("version", String.valueOf(version("demo.admin"))));
			assertThat(page.select("#roles-error").text()).isEqualTo("ท่านไม่สามารถถอดบทบาทผู้ดูแลระบบของตนเองได้");
			assertThat(jdbc.queryForList("select role from user_role where user_id = ?", String.class, id))
				.containsExactly("ADMIN");
		}

		@Test
		void unknownUserIs404() throws Exception {
			mvc.perform(get("/staff/admin/users/999999").with(staff.as("demo.admin"))).andExpect(status().isNotFound());
		}

	}

}
