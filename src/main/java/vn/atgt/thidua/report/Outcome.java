package vn.atgt.thidua.report;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * Where a target stands against what the unit registered, in words that respect its direction: an "at least" target
 * is reached or exceeded (vượt chỉ tiêu, good); an "at most" target (a reduction such as "số vụ TNGT ≤ 12") is met
 * while the value stays within the limit, and going over it (vượt mức tối đa) is a failure; a milestone is done or
 * not.
 */
public enum Outcome implements Labelled {
	REACHED(true), EXCEEDED(true), NOT_REACHED(false), WITHIN_LIMIT(true), OVER_LIMIT(false), DONE(true),
	NOT_DONE(false);

	private final boolean success;

	Outcome(boolean success) {
		this.success = success;
	}

	/** True when the target is met as things stand. */
	public boolean isSuccess() {
		return success;
	}

	@Override
	public String messageKey() {
		return "report.outcome." + name();
	}
}
