package vn.atgt.thidua.dashboard;

import vn.atgt.thidua.common.i18n.Labelled;

/** What the dashboard's period selector offers: a month, its quarter, its half of the year, or the year to date. */
public enum PeriodKind implements Labelled {
	MONTH, QUARTER, HALF_YEAR, YEAR_TO_DATE;

	/** The kind named by a request parameter; anything else is a month. */
	public static PeriodKind parse(String value) {
		for (PeriodKind kind : values()) {
			if (kind.name().equals(value)) {
				return kind;
			}
		}
		return MONTH;
	}

	@Override
	public String messageKey() {
		return "dashboard.periodKind." + name();
	}
}
