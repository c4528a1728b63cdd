package th.ita.portal.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A temporary password an admin gives a user; the user must change it at the next sign-in. */
public class PasswordResetForm {

	@NotBlank(message = "{accounts.validation.required}")
	@Size(min = 10, max = 200, message = "{accounts.validation.password-length}")
	private String password = "";

	private long version;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password == null ? "" : password;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
