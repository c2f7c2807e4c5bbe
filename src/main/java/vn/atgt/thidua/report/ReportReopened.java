package vn.atgt.thidua.report;

/** Published when the standing office reopened an accepted report with a reason (in the same transaction). */
public record ReportReopened(Long campaignId, Long unitId, Long periodId, Long reportId, String actor,
		String reason) {
}
