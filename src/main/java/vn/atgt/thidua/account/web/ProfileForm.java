package vn.atgt.thidua.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.account.UserRow;

/** What a user may change about herself: her name as shown and her contact details. */
record ProfileForm(
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String fullName,
		@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String email,
		@Pattern(regexp = "[0-9 +().-]*", message = "{validation.phone}") @Size(max = 30, message = "{validation.tooLong}") String phone,
		long version) {

	static ProfileForm of(UserRow user) {
		return new ProfileForm(user.fullName(), user.email(), user.phone(), user.version());
	}
}
