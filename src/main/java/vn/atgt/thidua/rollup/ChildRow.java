package vn.atgt.thidua.rollup;

import java.util.List;

import vn.atgt.thidua.accident.Cumulative;
import vn.atgt.thidua.accident.GoalCheck;
import vn.atgt.thidua.campaign.FollowerRow;
import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * One child committee in a roll-up: the campaign it launched following the parent's ({@code campaign}, null when it has
 * launched none yet), its area, its accident figures so far against the same months of the baseline year, its goal
 * checks, participation and timeliness.
 */
public record ChildRow(CommitteeSummary committee, FollowerRow campaign, String areaName, Cumulative accidents,
		List<GoalCheck> goals, Participation participation) {

	public boolean launched() {
		return campaign != null;
	}

	public long goalsMet() {
		return goals.stream().filter(GoalCheck::isMet).count();
	}

	public long goalsNotMet() {
		return goals.stream().filter(g -> g.isKnown() && !g.isMet()).count();
	}
}
