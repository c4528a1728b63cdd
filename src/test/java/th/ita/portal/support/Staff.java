package th.ita.portal.support;

import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.ita.portal.user.Role;
import th.ita.portal.user.StaffPrincipal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signs MockMvc requests in as staff of the demo agency, by role and unit. */
public final class Staff {

	public static final String PALAD = "สำนักปลัด";

	public static final String KLANG = "กองคลัง";

	private final JdbcTemplate jdbc;

	public Staff(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long unitId(String name) {
		return this.jdbc.queryForObject("select id from unit where name = ?", Long.class, name);
	}

	public RequestPostProcessor editorOf(String unit) {
		return as("editor-" + unitId(unit), Set.of(Role.EDITOR), Set.of(unitId(unit)));
	}

	public RequestPostProcessor approver() {
		return as("approver", Set.of(Role.APPROVER), Set.of());
	}

	public RequestPostProcessor auditor() {
		return as("auditor", Set.of(Role.AUDITOR), Set.of());
	}

	public RequestPostProcessor admin() {
		return as("admin-test", Set.of(Role.ADMIN), Set.of());
	}

	public static RequestPostProcessor as(String username, Set<Role> roles, Set<Long> units) {
		return user(new StaffPrincipal(null, username, username, "", true, false, roles, units));
	}

}
