package vn.atgt.thidua.scoring;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * What placed a unit after another with the same total, in the order the rules apply (written on the ranking page):
 * more points on the criteria themselves (before bonus and deductions), then fewer deduction points, then the earlier
 * first submission of the self-score, then the unit's name in Vietnamese alphabetical order.
 */
public enum TieRule implements Labelled {
	MAIN, DEDUCTIONS, SUBMISSION, NAME;

	@Override
	public String messageKey() {
		return "scoring.tie." + name();
	}
}
