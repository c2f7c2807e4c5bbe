package vn.atgt.thidua.report.internal;

/**
 * How many of the rows of the list of reports have one status ({@code NOT_STARTED} for periods a unit has not opened
 * its report for): a row of {@link ProgressReportRepository#statusCounts}.
 */
public interface StatusCount {

	String getStatus();

	long getRows();
}
