package th.ita.portal.security;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.StaffUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may reach each admin endpoint: anonymous visitors are sent to sign in, staff without the
 * role get 403, and neither changes anything in the database.
 */
@PortalTest
class AdminAccessTest {

	static final List<String> WHO = List.of("anonymous", "demo.palad", "demo.approver", "demo.auditor", "demo.admin");

	/** Endpoint, and who may use it (besides being refused, nobody else gets anything). */
	static Stream<Arguments> endpoints() {
		List<String> admin = List.of("demo.admin");
		List<String> readers = List.of("demo.admin", "demo.auditor");
		return Stream.of(Arguments.of("GET", "/staff/admin/users", admin),
				Arguments.of("GET", "/staff/admin/users/new", admin), Arguments.of("POST", "/staff/admin/users", admin),
				Arguments.of("GET", "/staff/admin/users/{victim}", admin),
				Arguments.of("POST", "/staff/admin/users/{victim}", admin),
				Arguments.of("GET", "/staff/admin/users/{victim}/disable", admin),
				Arguments.of("POST", "/staff/admin/users/{victim}/disable", admin),
				Arguments.of("POST", "/staff/admin/users/{victim}/enable", admin),
				Arguments.of("GET", "/staff/admin/users/{victim}/password", admin),
				Arguments.of("POST", "/staff/admin/users/{victim}/password", admin),
				Arguments.of("GET", "/staff/admin/units", admin), Arguments.of("POST", "/staff/admin/units", admin),
				Arguments.of("GET", "/staff/admin/units/{unit}", admin),
				Arguments.of("POST", "/staff/admin/units/{unit}", admin),
				Arguments.of("GET", "/staff/admin/audit", readers));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffUsers staff;

	@Autowired
	JdbcTemplate jdbc;

	String snapshot() {
		return this.jdbc.queryForObject("select (select string_agg(username || display_name || enabled || version "
				+ "|| password_hash, ',' order by id) from users) || (select string_agg(user_id || role, ',' order by "
				+ "user_id, role) from user_role) || (select string_agg(name || active || version, ',' order by id) "
				+ "from unit)", String.class);
	}

	/**
	 * The request; for those refused, a valid change (so that only the role check stops it); for
	 * those allowed, one that is refused as stale or invalid, so the demo data stays as it is.
	 */
	MockHttpServletRequestBuilder request(String method, String template, boolean allowed) {
		String url = template.replace("{victim}", String.valueOf(this.staff.idOf("demo.klang")))
			.replace("{unit}", String.valueOf(this.jdbc.queryForObject("select min(id) from unit", Long.class)));
		if (method.equals("GET")) {
			return get(url);
		}
		return post(url).with(csrf())
			.param("username", allowed ? "demo.palad" : "intruder.x")
			.param("displayName", "ผู้บุกรุก")
			.param("password", "intruder-password")
			.param("roles", "ADMIN")
			.param("name", allowed ? "กองคลัง" : "กองผู้บุกรุก")
			.param("version", allowed ? "-1" : "0");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("endpoints")
	void onlyTheRightRolesGetIn(String method, String template, List<String> allowed) throws Exception {
		for (String who : WHO) {
			String before = snapshot();
			MockHttpServletRequestBuilder request = request(method, template, allowed.contains(who));
			if (!who.equals("anonymous")) {
				request.with(this.staff.as(who));
			}
			MvcResult result = this.mvc.perform(request).andReturn();
			int status = result.getResponse().getStatus();
			if (who.equals("anonymous")) {
				assertThat(status).as("%s %s as %s", method, template, who).isEqualTo(302);
				assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login");
			}
			else if (allowed.contains(who)) {
				assertThat(status).as("%s %s as %s", method, template, who).isIn(200, 302, 409);
			}
			else {
				assertThat(status).as("%s %s as %s", method, template, who).isEqualTo(403);
			}
			assertThat(snapshot()).as("%s %s as %s changed nothing", method, template, who).isEqualTo(before);
		}
	}

	@ParameterizedTest(name = "{0} {1} without CSRF token")
	@MethodSource("endpoints")
	void postsWithoutCsrfTokenAreRefusedEvenForAdmins(String method, String template, List<String> allowed)
			throws Exception {
		if (method.equals("GET")) {
			return;
		}
		String before = snapshot();
		String url = template.replace("{victim}", String.valueOf(this.staff.idOf("demo.klang")))
			.replace("{unit}", String.valueOf(this.jdbc.queryForObject("select min(id) from unit", Long.class)));
		int status = this.mvc.perform(post(url).with(this.staff.as("demo.admin"))
			.param("name", "กองไร้โทเคน")
			.param("version", "0")).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(403);
		assertThat(snapshot()).isEqualTo(before);
	}

}
