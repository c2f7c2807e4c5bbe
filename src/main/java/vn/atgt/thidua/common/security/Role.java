package vn.atgt.thidua.common.security;

import java.util.List;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * The roles of DESIGN.md §1. A user may hold several; labels come from {@code role.<NAME>} message keys.
 * {@code SYSTEM_ADMIN} keeps the installation (committees and their first administrators) and sees no unit data.
 */
public enum Role implements Labelled {
	UNIT_OFFICER, UNIT_HEAD, STANDING_OFFICE, LEADER, ADMIN, SYSTEM_ADMIN;

	/** The roles of a committee's people, which its administrator grants (never {@code SYSTEM_ADMIN}). */
	public static List<Role> committeeRoles() {
		return List.of(UNIT_OFFICER, UNIT_HEAD, STANDING_OFFICE, LEADER, ADMIN);
	}

	/** The authority name Spring Security checks with {@code hasRole}. */
	public String authority() {
		return "ROLE_" + name();
	}

	@Override
	public String messageKey() {
		return "role." + name();
	}
}
