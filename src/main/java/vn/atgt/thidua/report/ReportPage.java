package vn.atgt.thidua.report;

import java.util.List;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.TaskAreaView;

/** Everything a report's page shows: the campaign's header, its task areas, the report, and what the user may do. */
public record ReportPage(CampaignView campaign, List<TaskAreaView> taskAreas, ReportView report,
		ReportActions actions) {
}
