package vn.atgt.thidua.registration;

import java.util.List;
import java.util.Map;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.TaskAreaView;

/**
 * The suggested indicators of a campaign by task area id, each with the sums of what units registered for it (by
 * suggested indicator id), and whether the user may change them ({@code setUp}).
 */
public record SuggestionsPage(CampaignView campaign, List<TaskAreaView> taskAreas,
		Map<Long, List<SuggestedIndicatorView>> suggestions, Map<Long, SuggestedIndicatorTotal> totals,
		boolean setUp) {
}
