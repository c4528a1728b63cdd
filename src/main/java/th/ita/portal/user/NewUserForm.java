package th.ita.portal.user;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin types to create an account. */
public class NewUserForm {

	@NotBlank(message = "{accounts.validation.required}")
	@Pattern(regexp = "^$|^[a-z0-9][a-z0-9._-]{2,49}$", message = "{accounts.validation.username}")
	private String username = "";

	@NotBlank(message = "{accounts.validation.required}")
	@Size(max = 200, message = "{accounts.validation.too-long}")
	private String displayName = "";

	@NotBlank(message = "{accounts.validation.required}")
	@Size(min = 10, max = 200, message = "{accounts.validation.password-length}")
	private String password = "";

	@NotEmpty(message = "{accounts.validation.roles}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private Set<Long> unitIds = new HashSet<>();

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username == null ? "" : username.strip();
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName == null ? "" : displayName.strip();
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password == null ? "" : password;
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
