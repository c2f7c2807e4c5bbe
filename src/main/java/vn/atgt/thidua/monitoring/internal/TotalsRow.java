package vn.atgt.thidua.monitoring.internal;

/**
 * The counts of a column of the matrix ({@code periodId} 0 for the registration): the items expected, in, sent late,
 * overdue, accepted (or approved), returned, and waiting for the office's review.
 */
public interface TotalsRow {

	Long getPeriodId();

	Long getExpected();

	Long getSubmitted();

	Long getLate();

	Long getOverdue();

	Long getAccepted();

	Long getReturned();

	Long getWaiting();
}
