package vn.atgt.thidua.report.internal;

/** A report of the review queue's page and its unit's name (a row of {@link ProgressReportRepository#queue}). */
public interface QueueRow {

	Long getReportId();

	String getUnitName();
}
