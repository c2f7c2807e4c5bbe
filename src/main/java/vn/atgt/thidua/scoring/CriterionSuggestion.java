package vn.atgt.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The points (or, for a deduction, the occurrences) the data suggests for a line of a unit's score, with the figures
 * behind it ({@code basisKey} and its arguments) and the rule used ({@code rule}'s message). {@code value} is null
 * when the data cannot suggest anything yet (no approved target in the task area, no confirmed accident figures); the
 * basis then says why. Shown beside the line; never written into a score.
 */
public record CriterionSuggestion(Long criterionId, SuggestionRule rule, BigDecimal value, String basisKey,
		List<Object> basis) {

	public boolean isOccurrences() {
		return rule == SuggestionRule.LATE_REPORTS;
	}

	/** The basis's message arguments (templates cannot build an array themselves). */
	public Object[] basisArguments() {
		return basis.toArray();
	}

	/** The rule's explanation message. */
	public String ruleKey() {
		return rule.messageKey() + ".explained";
	}
}
