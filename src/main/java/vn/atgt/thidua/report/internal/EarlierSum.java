package vn.atgt.thidua.report.internal;

import java.math.BigDecimal;

/**
 * What the accepted reports of a unit for the earlier periods of one cadence add up to for one target (a row of
 * {@link ProgressReportRepository#earlier}): the sum of their values, whether one of them says the milestone is done,
 * and the value of the latest of them (a rate is not summed: the latest one stands).
 */
public interface EarlierSum {

	Long getTargetId();

	BigDecimal getTotal();

	boolean isDone();

	BigDecimal getLatestValue();
}
