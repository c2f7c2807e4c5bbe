package vn.atgt.thidua.scoring;

import java.math.BigDecimal;

/**
 * A line of the score table as the office types it or a sheet row gives it. {@code position}: where it goes (1 for
 * the top); null puts a new line at the end and leaves an edited one where it is. {@code rule} and
 * {@code taskAreaId}: the data that suggests its points (null: none; a task area for {@link SuggestionRule#TARGETS}).
 */
public record CriterionCommand(String number, String text, CriterionKind kind, BigDecimal maxPoints,
		BigDecimal pointsPerOccurrence, String guidance, String evidenceExpected, Integer position,
		SuggestionRule rule, Long taskAreaId) {

	/** A line without a suggestion (a sheet row, a line typed before suggestions existed). */
	public CriterionCommand(String number, String text, CriterionKind kind, BigDecimal maxPoints,
			BigDecimal pointsPerOccurrence, String guidance, String evidenceExpected, Integer position) {
		this(number, text, kind, maxPoints, pointsPerOccurrence, guidance, evidenceExpected, position, null, null);
	}
}
