package vn.atgt.thidua.monitoring;

import java.util.List;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.TaskAreaView;

/** The matrix page: the campaign's header, its status matrix, the task areas to filter by, the user's actions. */
public record MatrixPage(CampaignView campaign, StatusMatrix matrix, List<TaskAreaView> taskAreas,
		MonitoringActions actions) {
}
