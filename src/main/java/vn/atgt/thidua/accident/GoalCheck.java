package vn.atgt.thidua.accident;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * A goal of the campaign checked against the confirmed figures so far, with the numbers behind the verdict: the
 * change against the baseline for a reduction goal ("chưa đạt (tăng 2 vụ, +10,0%)"), the count for a "none at all"
 * goal ("đạt (0 vụ)").
 */
public record GoalCheck(Goal goal, Outcome outcome, Change change, Integer count) {

	public enum Outcome implements Labelled {
		MET, NOT_MET, UNKNOWN;

		@Override
		public String messageKey() {
			return "accident.outcome." + name();
		}
	}

	public boolean isMet() {
		return outcome == Outcome.MET;
	}

	public boolean isKnown() {
		return outcome != Outcome.UNKNOWN;
	}
}
