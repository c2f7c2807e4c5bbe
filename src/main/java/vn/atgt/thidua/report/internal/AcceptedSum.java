package vn.atgt.thidua.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the accepted reports of the main cadence add up to for one unit and target (a row of
 * {@link ProgressReportRepository#accepted}): the sum of their values, whether one of them says the milestone is
 * done, how many there are, the last day of the latest of their periods, and the value of the latest of them.
 */
public interface AcceptedSum {

	Long getUnitId();

	Long getTargetId();

	BigDecimal getTotal();

	boolean isDone();

	long getReports();

	LocalDate getAsOf();

	BigDecimal getLatestValue();
}
