package vn.atgt.thidua.report;

/**
 * The filters of the list of reports and of the review queue (each null for all): a period, a unit, a status (a
 * {@link ReportStatus} name or {@link #NOT_STARTED}; the list only) and a task area (the queue only: reports of units
 * that have an approved target or wrote a narrative under it).
 */
public record ReportFilter(Long periodId, Long unitId, String status, Long taskAreaId) {

	/** The status filter's value for units that have not opened their report. */
	public static final String NOT_STARTED = "NOT_STARTED";

	public static ReportFilter none() {
		return new ReportFilter(null, null, null, null);
	}

	/** True when a row of the list of reports passes the period, unit and status filters. */
	public boolean matches(ReportRow row) {
		return (periodId == null || periodId.equals(row.period().id()))
				&& (unitId == null || unitId.equals(row.unitId()))
				&& (status == null || status.isBlank() || status.equals(row.statusKey()));
	}
}
