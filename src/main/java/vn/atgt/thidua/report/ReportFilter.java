package vn.atgt.thidua.report;

/**
 * The filters of the list of reports and of the review queue (each null for all): a period, a unit, a status (a
 * {@link ReportStatus} name or {@link #NOT_STARTED}; the list only) and a task area (the queue only: reports of units
 * that have an approved target or wrote a narrative under it).
 */
public record ReportFilter(Long periodId, Long unitId, String status, Long taskAreaId) {

	/** The status filter's value for units that have not opened their report. */
	public static final String NOT_STARTED = "NOT_STARTED";
}
