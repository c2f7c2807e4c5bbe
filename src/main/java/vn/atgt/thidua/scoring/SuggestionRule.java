package vn.atgt.thidua.scoring;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * Which data informs a line of the score table, and how its suggested points are worked out ({@link Suggestions}):
 * the completion of the unit's approved targets in one task area, its reports sent on time, its late reports (a
 * deduction: one occurrence each), the accident figures of its area against the baseline year, the black spots it
 * is responsible for treating. A suggestion is shown
 * beside the line with its figures and its rule; it is never written into a score.
 */
public enum SuggestionRule implements Labelled {
	TARGETS, REPORTS_ON_TIME, LATE_REPORTS, ACCIDENTS, BLACK_SPOTS;

	/** Late reports count occurrences of a deduction; the other rules suggest points of a criterion or bonus. */
	public boolean fits(CriterionKind kind) {
		return (this == LATE_REPORTS) == (kind == CriterionKind.DEDUCTION);
	}

	@Override
	public String messageKey() {
		return "scoring.rule." + name();
	}
}
