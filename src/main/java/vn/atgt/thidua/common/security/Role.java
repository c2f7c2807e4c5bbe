package vn.atgt.thidua.common.security;

import vn.atgt.thidua.common.i18n.Labelled;

/** The roles of DESIGN.md §1. A user may hold several; labels come from {@code role.<NAME>} message keys. */
public enum Role implements Labelled {
	UNIT_OFFICER, UNIT_HEAD, STANDING_OFFICE, LEADER, ADMIN;

	/** The authority name Spring Security checks with {@code hasRole}. */
	public String authority() {
		return "ROLE_" + name();
	}

	@Override
	public String messageKey() {
		return "role." + name();
	}
}
