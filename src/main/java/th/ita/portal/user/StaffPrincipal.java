package th.ita.portal.user;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in staff member: who they are, their roles and the units they belong to. */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final Long id;

	private final Long agencyId;

	private final String username;

	private final String displayName;

	private String passwordHash;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private final Set<Role> roles;

	private final Set<Long> unitIds;

	/** A member of no particular agency (tests sign requests in so; sign-in always names one). */
	public StaffPrincipal(Long id, String username, String displayName, String passwordHash, boolean enabled,
			boolean mustChangePassword, Set<Role> roles, Set<Long> unitIds) {
		this(id, null, username, displayName, passwordHash, enabled, mustChangePassword, roles, unitIds);
	}

	public StaffPrincipal(Long id, Long agencyId, String username, String displayName, String passwordHash,
			boolean enabled, boolean mustChangePassword, Set<Role> roles, Set<Long> unitIds) {
		this.id = id;
		this.agencyId = agencyId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
		this.roles = roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
		this.unitIds = Set.copyOf(unitIds);
	}

	public Long getId() {
		return this.id;
	}

	/** The agency the account belongs to: null for a platform account. */
	public Long getAgencyId() {
		return this.agencyId;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	/**
	 * The name the shared session store files this account's sessions under: unique across agencies
	 * (user names are unique only within one), so ending one agency's {@code demo.admin}'s sessions
	 * leaves another agency's alone.
	 */
	public String sessionName() {
		return sessionName(this.agencyId, this.username);
	}

	/** The session name of an agency's account ({@code null}: a platform account, of no agency). */
	public static String sessionName(Long agencyId, String username) {
		return (agencyId == null ? "platform" : "agency-" + agencyId) + "/" + username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/** The units whose measures, plans and items this member may edit (as an editor). */
	public Set<Long> getUnitIds() {
		return this.unitIds;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffPrincipal p && p.username.equals(this.username)
				&& java.util.Objects.equals(p.agencyId, this.agencyId);
	}

	@Override
	public int hashCode() {
		return this.username.hashCode() * 31 + java.util.Objects.hashCode(this.agencyId);
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + this.username + "@" + this.agencyId + ", " + this.roles + "]";
	}

}
