package vn.atgt.thidua.dashboard;

import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.monitoring.CampaignProgress;
import vn.atgt.thidua.monitoring.MatrixColumn;

/**
 * A running campaign at a glance for the standing office's home page: the reports and registrations waiting for its
 * review, how many units have something overdue, and the column of the current period (the latest whose due date has
 * come, else the first) with its completeness; {@code currentPeriod} is null when the campaign has no period.
 */
public record OfficeGlance(Long campaignId, String planNumber, String title, int reportsToReview,
		int registrationsToReview, int lateUnits, MatrixColumn currentPeriod) {

	static OfficeGlance of(CampaignSummary campaign, CampaignProgress progress) {
		return new OfficeGlance(campaign.id(), campaign.planNumber(), campaign.title(), progress.reportsToReview(),
				progress.registrationsToReview(), progress.lateUnits(), progress.currentPeriod());
	}
}
