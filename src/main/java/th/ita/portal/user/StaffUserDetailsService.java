package th.ita.portal.user;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.agency.CurrentAgency;

/**
 * Loads a staff account, with its roles and units, for sign-in. Usernames are lower case and
 * unique within an agency: the name is looked up in the request's agency, and only when that has
 * none, among the platform accounts (no agency), which sign in with PLATFORM_ADMIN alone, never
 * with an agency's role. At a host no agency claims only platform accounts sign in.
 */
@Service
public class StaffUserDetailsService implements UserDetailsService {

	private final StaffUserRepository users;

	private final CurrentAgency agency;

	StaffUserDetailsService(StaffUserRepository users, CurrentAgency agency) {
		this.users = users;
		this.agency = agency;
	}

	@Override
	@Transactional(readOnly = true)
	public StaffPrincipal loadUserByUsername(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		Optional<StaffPrincipal> ofAgency = this.agency.isPresent()
				? this.users.findOfAgency(this.agency.id(), name).map(StaffUser::toPrincipal) : Optional.empty();
		return ofAgency
			.or(() -> this.users.findPlatformAccount(name).map(StaffUserDetailsService::platformOnly))
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

	private static StaffPrincipal platformOnly(StaffUser user) {
		StaffPrincipal p = user.toPrincipal();
		Set<Role> roles = p.hasRole(Role.PLATFORM_ADMIN) ? Set.of(Role.PLATFORM_ADMIN) : Set.of();
		return new StaffPrincipal(p.getId(), null, p.getUsername(), p.getDisplayName(), p.getPassword(), p.isEnabled(),
				p.isMustChangePassword(), roles, Set.of());
	}

}
