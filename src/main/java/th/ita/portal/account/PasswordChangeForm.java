package th.ita.portal.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user's own password change: the current password, the new one and the new one again. */
public class PasswordChangeForm {

	@NotBlank(message = "{accounts.validation.required}")
	private String currentPassword = "";

	@NotBlank(message = "{accounts.validation.required}")
	@Size(min = 10, max = 200, message = "{accounts.validation.password-length}")
	private String newPassword = "";

	@NotBlank(message = "{accounts.validation.required}")
	private String confirmPassword = "";

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword == null ? "" : currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword == null ? "" : newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword == null ? "" : confirmPassword;
	}

}
