package vn.atgt.thidua.rollup;

import java.util.List;

import vn.atgt.thidua.accident.Cumulative;
import vn.atgt.thidua.accident.GoalCheck;
import vn.atgt.thidua.campaign.CampaignView;

/**
 * The roll-up of one of the parent's campaigns: a row per child committee (launched or not), and the total of the
 * children that launched theirs (accidents summed, goal checks of the parent's goals on the sum, participation).
 */
public record RollupCampaignPage(CampaignView campaign, String committeeName, List<ChildRow> rows, Cumulative total,
		List<GoalCheck> totalGoals, Participation totalParticipation, RollupActions actions) {

	public long launchedCount() {
		return rows.stream().filter(ChildRow::launched).count();
	}
}
