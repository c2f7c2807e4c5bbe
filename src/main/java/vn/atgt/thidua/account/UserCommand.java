package vn.atgt.thidua.account;

import java.util.Set;

import vn.atgt.thidua.common.security.Role;

/** What an administrator enters for a user (the user name is fixed once created). */
public record UserCommand(String username, String fullName, String jobTitle, String email, String phone, Long unitId,
		Set<Role> roles) {
}
