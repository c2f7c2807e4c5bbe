package vn.atgt.thidua.account;

import java.time.Instant;
import java.util.Set;

import vn.atgt.thidua.common.security.Role;

/** A user as the administration screens show her. */
public record UserRow(Long id, String username, String fullName, String jobTitle, String email, String phone,
		Long unitId, String unitName, Long committeeId, Set<Role> roles, boolean active, boolean mustChangePassword, Instant lastLoginAt,
		long version) {
}
