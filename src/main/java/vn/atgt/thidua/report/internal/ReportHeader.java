package vn.atgt.thidua.report.internal;

import java.time.Instant;

import vn.atgt.thidua.report.ReportScope;
import vn.atgt.thidua.report.ReportStatus;

/** The scalar fields of a report, read without its parts. */
public record ReportHeader(Long id, Long campaignId, Long periodId, Long unitId, ReportStatus status,
		String difficulties, String proposals, String officeNote, Instant firstSubmittedAt, Instant lastSubmittedAt,
		Integer lateDays, Instant decidedAt, boolean reopened, long version) {

	/** What the access policy looks at. */
	public ReportScope scope() {
		return new ReportScope(id, campaignId, unitId, status);
	}
}
