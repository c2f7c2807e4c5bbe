package vn.atgt.thidua.accident;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import vn.atgt.thidua.campaign.CampaignGoals;

/**
 * The arithmetic of the comparison page, apart from any database so that it can be checked by hand: sums, month
 * against baseline month, cumulative sums from the campaign start, and the goal checks. A period without confirmed
 * figures is null here, never zero.
 */
public final class FigureComparison {

	private FigureComparison() {
	}

	/** The sum of the sets, or null when there is none (no figures is not zero figures). */
	public static AccidentFigures sum(Collection<AccidentFigures> sets) {
		AccidentFigures total = null;
		for (AccidentFigures set : sets) {
			if (set != null) {
				total = total == null ? set : total.plus(set);
			}
		}
		return total;
	}

	/**
	 * The cumulative comparison after each month: {@code current.get(i)} and {@code baseline.get(i)} are month i of the
	 * campaign and the same month of the baseline year (null when that month has no confirmed figures). Month k's
	 * cumulative sums the months 0..k that have current figures, against the same baseline months; it has no baseline
	 * side when one of those baseline months is missing.
	 */
	public static List<Cumulative> cumulative(List<AccidentFigures> current, List<AccidentFigures> baseline) {
		if (current.size() != baseline.size()) {
			throw new IllegalArgumentException("current and baseline months differ in number");
		}
		List<Cumulative> result = new ArrayList<>();
		AccidentFigures currentSum = null;
		AccidentFigures baselineSum = null;
		boolean baselineMissing = false;
		int counted = 0;
		for (int i = 0; i < current.size(); i++) {
			AccidentFigures now = current.get(i);
			if (now != null) {
				counted++;
				currentSum = currentSum == null ? now : currentSum.plus(now);
				AccidentFigures then = baseline.get(i);
				if (then == null) {
					baselineMissing = true;
				}
				else {
					baselineSum = baselineSum == null ? then : baselineSum.plus(then);
				}
			}
			result.add(new Cumulative(new Comparison(currentSum, baselineMissing ? null : baselineSum), counted, i + 1));
		}
		return result;
	}

	/** The cumulative comparison over all the months (the last of {@link #cumulative}). */
	public static Cumulative total(List<AccidentFigures> current, List<AccidentFigures> baseline) {
		List<Cumulative> all = cumulative(current, baseline);
		return all.isEmpty() ? new Cumulative(Comparison.EMPTY, 0, 0) : all.get(all.size() - 1);
	}

	/**
	 * Checks each goal the campaign pursues against the cumulative figures. A reduction goal is met when the criterion
	 * fell, or stayed at 0 (nothing left to reduce: "không xảy ra"); equal or higher is not met; unknown while either
	 * side has no figures. A "none at all" goal is met while the count is 0, unknown while no month has figures.
	 */
	public static List<GoalCheck> goals(CampaignGoals goals, Cumulative total) {
		List<GoalCheck> checks = new ArrayList<>();
		for (Goal goal : Goal.values()) {
			if (!goal.isOn(goals)) {
				continue;
			}
			Criterion criterion = goal.criterion();
			if (goal.isReduction()) {
				Change change = total.change(criterion);
				GoalCheck.Outcome outcome = change == null ? GoalCheck.Outcome.UNKNOWN
						: change.isDown() || change.current() == 0 ? GoalCheck.Outcome.MET
								: GoalCheck.Outcome.NOT_MET;
				checks.add(new GoalCheck(goal, outcome, change, total.current(criterion)));
			}
			else {
				Integer count = total.current(criterion);
				GoalCheck.Outcome outcome = count == null ? GoalCheck.Outcome.UNKNOWN
						: count == 0 ? GoalCheck.Outcome.MET : GoalCheck.Outcome.NOT_MET;
				checks.add(new GoalCheck(goal, outcome, null, count));
			}
		}
		return checks;
	}
}
