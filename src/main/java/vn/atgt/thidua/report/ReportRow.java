package vn.atgt.thidua.report;

import java.time.Instant;

import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.unit.UnitKind;

/**
 * One unit's report for one period in the list of reports: the unit, the period, and where the report stands
 * ({@code reportId} and {@code status} are null while the unit has not opened it: "Chưa thực hiện"). {@code lateDays}
 * is set once it was submitted (0 = on time); {@code overdueDays} while it is not in after the due date.
 * {@code started} tells whether the period has begun (a unit opens no report for a period to come).
 */
public record ReportRow(Long unitId, String unitName, UnitKind unitKind, PeriodView period, Long reportId,
		ReportStatus status, Instant lastSubmittedAt, Integer lateDays, Integer overdueDays, boolean started) {

	public boolean opened() {
		return reportId != null;
	}

	public boolean submitted() {
		return status != null && status.isSubmitted();
	}

	/** The status filter's value: the status, or {@code NOT_STARTED}. */
	public String statusKey() {
		return status == null ? ReportFilter.NOT_STARTED : status.name();
	}
}
