package th.ita.portal.user;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * Display name, roles and units: what creating ({@link NewUserForm}) and editing ({@link UserForm})
 * an account share, as the template fragment {@code user/fields :: common} does.
 */
public abstract class UserFields {

	@NotBlank(message = "{accounts.validation.required}")
	@Size(max = 200, message = "{accounts.validation.too-long}")
	private String displayName = "";

	@NotEmpty(message = "{accounts.validation.roles}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private Set<Long> unitIds = new HashSet<>();

	/** Fills the shared fields from an account as it is stored (not trimmed again). */
	void fillFrom(StaffUser user) {
		this.displayName = user.getDisplayName();
		this.roles = user.getRoles();
		this.unitIds = new HashSet<>(user.getUnitIds());
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName == null ? "" : displayName.strip();
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
	}

	public Set<Long> getUnitIds() {
		return this.unitIds;
	}

	public void setUnitIds(Set<Long> unitIds) {
		this.unitIds = unitIds == null ? new HashSet<>() : unitIds;
	}

}
