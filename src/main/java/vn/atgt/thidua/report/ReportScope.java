package vn.atgt.thidua.report;

/**
 * What {@link ReportAccess} looks at to decide who may see or change a report: which report, of which campaign and
 * unit, and where it stands. (Committee scoping will add the committee here, and its check in the policy.)
 */
public record ReportScope(Long reportId, Long campaignId, Long unitId, ReportStatus status) {
}
