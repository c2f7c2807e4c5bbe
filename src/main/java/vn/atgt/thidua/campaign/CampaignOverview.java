package vn.atgt.thidua.campaign;

import java.util.List;

/**
 * What the campaign's overview page shows: the campaign, its committee, how far its setup is, its history, and what
 * the user may do with it.
 */
public record CampaignOverview(CampaignView campaign, String committeeName, long taskAreaCount, long periodCount,
		long participantCount, List<TransitionRow> history, CampaignActions actions) {
}
