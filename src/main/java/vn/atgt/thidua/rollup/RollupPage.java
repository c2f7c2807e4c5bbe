package vn.atgt.thidua.rollup;

import java.util.List;

import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.campaign.FollowerRow;
import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * The roll-up's first page: the user's committee, the committees directly below it, and each of its campaigns with
 * the children's campaigns that follow it (who launched theirs and when).
 */
public record RollupPage(String committeeName, List<CommitteeSummary> children, List<ParentCampaign> campaigns) {

	/** A campaign of the parent with its followers, by plan date. */
	public record ParentCampaign(CampaignSummary campaign, List<Launch> followers) {
	}

	/** A child's campaign that follows the parent's, with the child's name. */
	public record Launch(String committeeName, FollowerRow campaign) {
	}
}
