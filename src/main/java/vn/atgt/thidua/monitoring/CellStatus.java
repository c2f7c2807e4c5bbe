package vn.atgt.thidua.monitoring;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * What one cell of the status matrix says about a unit's item (its registration, or its report for a period). The
 * matrix shows it as text and colour, never colour alone; on-time, late and overdue days come beside it
 * ({@link MatrixCell}).
 */
public enum CellStatus implements Labelled {
	/** The unit does not take part in that period (it joined after the period ended or left before it began). */
	NOT_PARTICIPATING,
	/** Nothing started and the due date has not come: not late. */
	NOT_DUE,
	/** Nothing started and the due date has passed. */
	NOT_STARTED,
	/** The unit is preparing it. */
	DRAFT,
	/** Sent, waiting for the standing office. */
	SUBMITTED,
	/** Returned by the standing office: waiting for the unit to correct it and send it again. */
	RETURNED,
	/** A report the standing office accepted. */
	ACCEPTED,
	/** A registration the standing office approved. */
	APPROVED;

	/** True when the item in force has been sent: waiting for the office, accepted or approved. */
	public boolean isIn() {
		return this == SUBMITTED || this == ACCEPTED || this == APPROVED;
	}

	/** True when the unit is expected to send this item (it takes part). */
	public boolean isExpected() {
		return this != NOT_PARTICIPATING;
	}

	/** The CSS class that colours the cell (the text says the same). */
	public String css() {
		return "cell-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	@Override
	public String messageKey() {
		return "monitoring.cell." + name();
	}
}
