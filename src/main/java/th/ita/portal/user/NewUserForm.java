package th.ita.portal.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin types to create an account: a username and a first password besides the shared fields. */
public class NewUserForm extends UserFields {

	@NotBlank(message = "{accounts.validation.required}")
	@Pattern(regexp = "^$|^[a-z0-9][a-z0-9._-]{2,49}$", message = "{accounts.validation.username}")
	private String username = "";

	@NotBlank(message = "{accounts.validation.required}")
	@Size(min = 10, max = 200, message = "{accounts.validation.password-length}")
	private String password = "";

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username == null ? "" : username.strip();
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password == null ? "" : password;
	}

}
