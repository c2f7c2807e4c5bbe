package vn.atgt.thidua.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The system administrator's form that gives a committee its first administrator. */
record CommitteeAdministratorForm(
		@NotBlank(message = "{validation.required}") @Size(min = 3, max = 60, message = "{user.username.size}") String username,
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String fullName,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{password.tooLong}") String password) {

	static CommitteeAdministratorForm empty() {
		return new CommitteeAdministratorForm("", "", "");
	}
}
