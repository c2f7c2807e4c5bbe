package vn.atgt.thidua.account.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.account.UserCommand;
import vn.atgt.thidua.account.UserRow;
import vn.atgt.thidua.common.security.Role;

/** The user form of the administration. The initial password is asked only when creating. */
record UserForm(
		@NotBlank(message = "{validation.required}") @Size(min = 3, max = 60, message = "{user.username.size}")
		@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.pattern}") String username,
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String fullName,
		@Size(max = 150, message = "{validation.tooLong}") String jobTitle,
		@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String email,
		@Pattern(regexp = "[0-9 +().-]*", message = "{validation.phone}") @Size(max = 30, message = "{validation.tooLong}") String phone,
		Long unitId,
		Set<Role> roles,
		@Size(max = 200, message = "{password.tooLong}") String password,
		long version) {

	static UserForm empty() {
		return new UserForm("", "", "", "", "", null, EnumSet.of(Role.UNIT_OFFICER), "", 0);
	}

	static UserForm of(UserRow user) {
		return new UserForm(user.username(), user.fullName(), user.jobTitle(), user.email(), user.phone(),
				user.unitId(), user.roles(), "", user.version());
	}

	UserCommand toCommand() {
		return new UserCommand(username.strip(), fullName.strip(), jobTitle, email, phone, unitId,
				roles == null ? Set.of() : roles);
	}
}
