package vn.atgt.thidua.campaign;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * How often units report: monthly, quarterly, six-monthly, yearly, or an ad-hoc period added by hand (a sơ kết, a
 * special round). Periods of one cadence may not overlap; periods of different cadences may (July lies in Quý III).
 */
public enum Cadence implements Labelled {
	MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY, AD_HOC;

	/** True for the cadences that can be generated over a date range. */
	public boolean isRegular() {
		return this != AD_HOC;
	}

	@Override
	public String messageKey() {
		return "period.cadence." + name();
	}
}
