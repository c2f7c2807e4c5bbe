package vn.atgt.thidua.commendation;

/**
 * A nominee the product suggests, with its reason; the office decides, the product never proposes by itself.
 * {@code reasonKey} is the message of the reason ({@code nomineeSuggestion.exemplar}: a recognised exemplar, replicated
 * {@code replications} times; {@code nomineeSuggestion.ranking}: the unit's rank and score, from a {@link RankingSource}).
 */
public record Suggestion(Long unitId, String unitName, NomineeKind kind, String nominee, String reasonKey,
		String subject, long replications) {

	/**
	 * The reason's message arguments. Templates cannot build the array themselves: {@code new Object[]} in SpEL
	 * needs the type locator, which the embedded Tomcat's class loader refuses (a 500 in a real server, not in MockMvc).
	 */
	public Object[] reasonArguments() {
		return new Object[] { subject, replications };
	}
}
