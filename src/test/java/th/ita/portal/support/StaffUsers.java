package th.ita.portal.support;

import java.util.Arrays;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import th.ita.portal.user.Role;
import th.ita.portal.user.StaffUserDetailsService;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signs MockMvc requests in as a staff account, loaded through the portal's own
 * UserDetailsService: {@code mvc.perform(get("/staff/...").with(staff.as("demo.palad")))}. Also
 * creates throwaway accounts for tests that change them. Import it with
 * {@code @Import(StaffUsers.class)} or autowire it in a {@code @PortalTest}.
 */
@Component
public class StaffUsers {

	private final StaffUserDetailsService userDetails;

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwordEncoder;

	public StaffUsers(StaffUserDetailsService userDetails, JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
		this.userDetails = userDetails;
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	/** Signs the request in as this account of the demo agency (e.g. {@code demo.admin}, {@code demo.palad}). */
	public RequestPostProcessor as(String username) {
		return as(username, "localhost");
	}

	/** Signs the request in as this account of the agency at {@code host}, as sign-in there finds it. */
	public RequestPostProcessor as(String username, String host) {
		MockHttpServletRequest at = new MockHttpServletRequest();
		at.setServerName(host);
		var outer = RequestContextHolder.getRequestAttributes();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(at));
		try {
			return user(this.userDetails.loadUserByUsername(username));
		}
		finally {
			RequestContextHolder.setRequestAttributes(outer);
		}
	}

	/**
	 * A new enabled account of the demo agency (at localhost) with a unique username starting with
	 * {@code prefix}; returns the username.
	 */
	public String create(String prefix, String password, Role... roles) {
		String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
		Long id = this.jdbc.queryForObject("""
				insert into users (agency_id, username, display_name, password_hash)
				values ((select agency_id from agency_host where host = 'localhost'), ?, ?, ?) returning id""",
				Long.class, username, "ทดสอบ " + username, this.passwordEncoder.encode(password));
		Arrays.stream(roles)
			.forEach(role -> this.jdbc.update("insert into user_role (user_id, role) values (?, ?)", id, role.name()));
		return username;
	}

	/** The sign-in form's POST, with its CSRF token, as a browser sends it. */
	public static MockHttpServletRequestBuilder signIn(String username, String password) {
		return post("/login").param("username", username).param("password", password).with(csrf());
	}

	/** Makes the request come from this IP address (the sign-in throttle counts per address). */
	public static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	public long idOf(String username) {
		return this.jdbc.queryForObject("select id from users where username = ?", Long.class, username);
	}

}
