package vn.atgt.thidua.report;

/** Published when the standing office accepted a report (in the same transaction); {@code actor} is the user name. */
public record ReportAccepted(Long campaignId, Long unitId, Long periodId, Long reportId, String actor) {
}
