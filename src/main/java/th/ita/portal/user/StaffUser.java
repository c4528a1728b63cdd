package th.ita.portal.user;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import th.ita.portal.common.EditableEntity;

/**
 * A staff account: its agency, sign-in name, display name, password hash, roles and units. A
 * platform account (role PLATFORM_ADMIN) belongs to no agency: its agency is null.
 */
@Entity
@Table(name = "users")
public class StaffUser extends EditableEntity {

	@Column(name = "agency_id", updatable = false)
	private Long agencyId;

	private String username;

	private String displayName;

	private String passwordHash;

	private boolean enabled = true;

	private boolean mustChangePassword;

	@ElementCollection
	@CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private Set<Role> roles = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "user_unit", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "unit_id")
	private Set<Long> unitIds = new HashSet<>();

	protected StaffUser() {
	}

	/** An account of an agency ({@code agencyId}), or a platform account (null). */
	public StaffUser(Long agencyId, String username, String displayName, String passwordHash,
			boolean mustChangePassword) {
		this.agencyId = agencyId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
	}

	public StaffPrincipal toPrincipal() {
		return new StaffPrincipal(getId(), this.agencyId, this.username, this.displayName, this.passwordHash,
				this.enabled, this.mustChangePassword, this.roles, this.unitIds);
	}

	/** The agency the account belongs to; null for a platform account. */
	public Long getAgencyId() {
		return this.agencyId;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	/** A new password hash; {@code mustChange} makes the user pick their own at next sign-in. */
	public void changePassword(String passwordHash, boolean mustChange) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChange;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Set<Role> getRoles() {
		return this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

	public void setRoles(Set<Role> roles) {
		this.roles.retainAll(roles);
		this.roles.addAll(roles);
	}

	public Set<Long> getUnitIds() {
		return Set.copyOf(this.unitIds);
	}

	public void setUnitIds(Set<Long> unitIds) {
		this.unitIds.retainAll(unitIds);
		this.unitIds.addAll(unitIds);
	}

}
