package vn.atgt.thidua.monitoring;

/**
 * How a running campaign is getting on, for the standing office's home page: the reports and registrations sent and
 * waiting for its review, how many units have something overdue, and the column of the current period (the latest
 * whose due date has come, else the first) with its completeness; {@code currentPeriod} is null when the campaign has
 * no reporting period.
 */
public record CampaignProgress(int reportsToReview, int registrationsToReview, int lateUnits,
		MatrixColumn currentPeriod) {
}
