package vn.atgt.thidua.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A submitted report waiting in the standing office's queue: unit, period and due date, first and latest submission
 * (they differ for a report sent again after a return), days late, and how many entries and evidence files it has;
 * {@code version} lets the office accept or return it from the queue.
 */
public record ReviewRow(Long reportId, Long unitId, String unitName, Long periodId, String periodName,
		LocalDate dueDate, Instant firstSubmittedAt, Instant lastSubmittedAt, Integer lateDays, long entries,
		long evidence, long version) {

	/** Sent again after a return. */
	public boolean resubmitted() {
		return firstSubmittedAt != null && !firstSubmittedAt.equals(lastSubmittedAt);
	}
}
