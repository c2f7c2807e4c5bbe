package vn.atgt.thidua.dashboard;

import vn.atgt.thidua.common.i18n.Labelled;

/** The two tables of the results page, each exported on its own. */
public enum ResultsTable implements Labelled {
	/** A row per unit, a column per task area. */
	UNITS,
	/** Per task area, a row per unit. */
	TASK_AREAS;

	/** The table named by a request parameter; anything else is the units' table. */
	public static ResultsTable parse(String value) {
		return "TASK_AREAS".equals(value) ? TASK_AREAS : UNITS;
	}

	@Override
	public String messageKey() {
		return "results.table." + name();
	}
}
