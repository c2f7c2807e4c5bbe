package vn.atgt.thidua.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form to change one's own password. */
record PasswordForm(
		@NotBlank(message = "{password.current.required}") @Size(max = 200) String currentPassword,
		@NotBlank(message = "{password.new.required}") @Size(max = 200, message = "{password.tooLong}") String newPassword,
		@NotBlank(message = "{password.confirmation.required}") @Size(max = 200) String confirmation) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}
}
