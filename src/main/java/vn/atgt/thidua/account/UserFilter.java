package vn.atgt.thidua.account;

import vn.atgt.thidua.common.security.Role;

/** Filters of the user list; null means "any". */
public record UserFilter(String query, Long unitId, Role role, Boolean active) {
}
