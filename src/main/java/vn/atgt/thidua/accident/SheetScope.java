package vn.atgt.thidua.accident;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * How a month's figures are broken down: one line per commune or town of the committee's area, or one line for the
 * whole area when the police give only the total (the by-area comparison then has no figures for that month).
 */
public enum SheetScope implements Labelled {
	BY_AREA, WHOLE_AREA;

	@Override
	public String messageKey() {
		return "accident.scope." + name();
	}
}
