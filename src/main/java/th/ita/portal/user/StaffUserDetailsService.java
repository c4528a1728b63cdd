package th.ita.portal.user;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a staff account, with its roles and units, for sign-in. Usernames are lower case. */
@Service
public class StaffUserDetailsService implements UserDetailsService {

	private final StaffUserRepository users;

	StaffUserDetailsService(StaffUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public StaffPrincipal loadUserByUsername(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return this.users.findByUsername(name)
			.map(StaffUser::toPrincipal)
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

}
