package vn.atgt.thidua.scoring;

import java.util.List;

import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.campaign.CampaignView;

/**
 * The score table page: the campaign, its table (null before the office creates it), what keeps the table from use,
 * what the user may do, the user's own unit's score where it has one, and for the office without a table the earlier
 * campaigns whose table it may start from.
 */
public record ScoreTablePage(CampaignView campaign, ScoreTableView table, List<TableProblem> problems,
		ScoringActions actions, Long ownScoreId, List<CampaignSummary> sources) {
}
