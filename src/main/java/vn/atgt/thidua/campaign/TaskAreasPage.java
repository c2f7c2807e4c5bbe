package vn.atgt.thidua.campaign;

import java.util.List;

/** The campaign's tab of task areas: the campaign, its task areas in the plan's order, what the user may do. */
public record TaskAreasPage(CampaignView campaign, List<TaskAreaView> taskAreas, CampaignActions actions) {
}
