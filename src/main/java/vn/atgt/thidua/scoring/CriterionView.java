package vn.atgt.thidua.scoring;

import java.math.BigDecimal;

/**
 * A line of the score table as the pages and the arithmetic read it: in the document's order ({@code position}) and
 * numbering, at the depth its numbering gives it. {@code maxPoints} is the criterion's maximum, a bonus's maximum, or
 * a deduction's cap; {@code pointsPerOccurrence} is a deduction's rate. {@code leaf} is false for a group heading (a
 * line with sub-criteria), which is not scored itself. {@code rule} and {@code taskAreaId}: the data that suggests
 * its points (null: none).
 */
public record CriterionView(Long id, int position, int depth, String number, String text, CriterionKind kind,
		BigDecimal maxPoints, BigDecimal pointsPerOccurrence, String guidance, String evidenceExpected, boolean leaf,
		long version, SuggestionRule rule, Long taskAreaId) {

	/** True for a line a unit scores: a criterion, bonus or deduction without sub-criteria. */
	public boolean scored() {
		return leaf;
	}

	public boolean isDeduction() {
		return kind == CriterionKind.DEDUCTION;
	}

	/** The number and the text, as the document writes the line. */
	public String label() {
		return number + " " + text;
	}
}
