package vn.atgt.thidua.registration;

import vn.atgt.thidua.unit.UnitKind;

/**
 * The filters of the office's table: a status ({@link #NOT_STARTED} for units without a registration; blank for all),
 * a unit kind (null for all) and words of the unit's name, with or without accents.
 */
public record RegistrationFilter(String status, UnitKind kind, String q) {

	/** The status filter's value for units that have not started. */
	public static final String NOT_STARTED = "NOT_STARTED";
}
