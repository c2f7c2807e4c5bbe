package vn.atgt.thidua.commendation;

/**
 * A nominee the product suggests, with its reason; the office decides, the product never proposes by itself.
 * {@code reasonKey} is the message of the reason ({@code nomineeSuggestion.exemplar}: a recognised exemplar, replicated
 * {@code replications} times; {@code nomineeSuggestion.ranking}: the unit's rank and score, from a {@link RankingSource}).
 */
public record Suggestion(Long unitId, String unitName, NomineeKind kind, String nominee, String reasonKey,
		String subject, long replications) {
}
