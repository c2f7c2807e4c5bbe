package vn.atgt.thidua.dashboard;

import java.time.LocalDate;
import java.util.List;

import vn.atgt.thidua.accident.Criterion;
import vn.atgt.thidua.accident.Cumulative;
import vn.atgt.thidua.accident.GoalCheck;
import vn.atgt.thidua.accident.MonthComparison;

/**
 * What the public page of a campaign shows, and nothing more: the plan's number, date and title, the goal checks and
 * the accident trend by month against the baseline year, from confirmed figures only ({@code months}: a month
 * without confirmed figures has none, "chưa có số liệu"), the sections later modules add ({@link PublicSectionSource}),
 * as of a day. No unit, person, contact or draft figure.
 */
public record PublicCampaignPage(Long campaignId, String planNumber, LocalDate planDate, String title,
		int baselineYear, List<GoalCheck> goals, Cumulative total, List<MonthComparison> months,
		List<PublicSection> sections, LocalDate asOf) {

	/** The three criteria of the trend. */
	public Criterion[] criteria() {
		return Criterion.main();
	}
}
