package vn.atgt.thidua.report;

/**
 * Published when a unit's head submitted a report (in the same transaction); {@code actor} is the user name,
 * {@code lateDays} the days after the period's due date (0 = on time).
 */
public record ReportSubmitted(Long campaignId, Long unitId, Long periodId, Long reportId, String actor,
		int lateDays) {
}
