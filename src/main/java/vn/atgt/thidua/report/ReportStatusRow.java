package vn.atgt.thidua.report;

import java.time.Instant;

/**
 * Where one unit's report for one period stands, for the monitoring matrix: its status, its first and latest
 * submission, and {@code lateDays}, the calendar days (Asia/Ho_Chi_Minh) between the period's due date and the day of
 * the submission in force (0 = on time; null while it has never been submitted; a resubmission after a return counts
 * from its own day, one after the office reopened an accepted report keeps the accepted one's). {@code decidedAt} is
 * when the office accepted, returned or reopened it last (null while it waits). Units that have not opened their
 * report for a period have no row: the caller puts participants and periods beside these rows.
 */
public record ReportStatusRow(Long reportId, Long unitId, Long periodId, ReportStatus status,
		Instant firstSubmittedAt, Instant lastSubmittedAt, Integer lateDays, Instant decidedAt) {

	/** True when the report in force has been sent (waiting for the review, or accepted). */
	public boolean submitted() {
		return status.isSubmitted();
	}

	/** Sent and not after the due date. */
	public boolean onTime() {
		return submitted() && lateDays != null && lateDays == 0;
	}

	/** Sent after the due date. */
	public boolean late() {
		return submitted() && lateDays != null && lateDays > 0;
	}
}
