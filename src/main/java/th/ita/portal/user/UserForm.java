package th.ita.portal.user;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** What an admin may change about an account: display name, roles and units. */
public class UserForm {

	@NotBlank(message = "{accounts.validation.required}")
	@Size(max = 200, message = "{accounts.validation.too-long}")
	private String displayName = "";

	@NotEmpty(message = "{accounts.validation.roles}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private Set<Long> unitIds = new HashSet<>();

	/** The version the admin's form was based on (optimistic locking). */
	private long version;

	static UserForm of(StaffUser user) {
		UserForm form = new UserForm();
		form.displayName = user.getDisplayName();
		form.roles = user.getRoles();
		form.unitIds = new HashSet<>(user.getUnitIds());
		form.version = user.getVersion();
		return form;
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

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
