package vn.atgt.thidua.report;

/** Published when the standing office returned a report with a reason (in the same transaction). */
public record ReportReturned(Long campaignId, Long unitId, Long periodId, Long reportId, String actor,
		String reason) {
}
