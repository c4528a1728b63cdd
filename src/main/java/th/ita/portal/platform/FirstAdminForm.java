package th.ita.portal.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An agency's first admin: the sign-in name and the name shown; the password is made up, shown once. */
public class FirstAdminForm {

	@NotBlank(message = "{platform.validation.required}")
	@Pattern(regexp = "^$|[a-z0-9][a-z0-9._-]{2,49}", message = "{accounts.validation.username}")
	private String username = "";

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.too-long}")
	private String displayName = "";

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = AgencyForm.strip(username);
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = AgencyForm.strip(displayName);
	}

}
