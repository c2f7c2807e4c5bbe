package vn.atgt.thidua.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.atgt.thidua.accident.BlackSpotStatusCount;
import vn.atgt.thidua.accident.Cumulative;
import vn.atgt.thidua.accident.GoalCheck;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.monitoring.MatrixColumn;

/**
 * The leadership dashboard of a campaign for a period: the committee's name and the day the figures run to (for the
 * printed page), the months to pick from, the goal checks and what they rest on, the accident figures, completion by
 * task area, the timeliness of the current and the last period, the late units' count, the units needing attention
 * (how many, and the first {@link DashboardQueries#ATTENTION_SHOWN} of them: a province's campaign may have hundreds,
 * which the paged late list shows), the black spots by status, the panels of later modules, whether the public page is on (false for those who cannot
 * switch it) and what the user may open.
 */
public record DashboardPage(CampaignView campaign, String committeeName, LocalDate asOf, DashboardPeriod period,
		List<YearMonth> months, List<GoalCheck> goals, Cumulative goalBasis, AccidentPanel accidents,
		List<TaskAreaCompletion> taskAreas, Tally total, MatrixColumn currentPeriod, MatrixColumn lastPeriod,
		int lateUnits, int attentionTotal, List<AttentionUnit> attention, List<BlackSpotStatusCount> blackSpots,
		List<DashboardPanel> panels, boolean publicOn, DashboardActions actions) {

	public PeriodKind[] kinds() {
		return PeriodKind.values();
	}

	/** True when more units need attention than the page lists. */
	public boolean moreNeedAttention() {
		return attentionTotal > attention.size();
	}

	/** Black spots in the register, every status. */
	public long blackSpotTotal() {
		return blackSpots.stream().mapToLong(BlackSpotStatusCount::count).sum();
	}
}
