package vn.atgt.thidua.report;

import java.time.Instant;

/**
 * A step in a report's history: what happened ({@code action}), from which status to which ({@code from} is null
 * when the unit started the report), why (a return or reopening), how late a submission was, when and by whom.
 */
public record ReportTransitionRow(ReportAction action, ReportStatus from, ReportStatus to, String reason,
		Integer lateDays, Instant at, String byUsername, String byName) {

	/** The name to show for who did it. */
	public String by() {
		return byName == null || byName.isBlank() ? byUsername : byName;
	}
}
