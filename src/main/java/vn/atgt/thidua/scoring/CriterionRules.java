package vn.atgt.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.atgt.thidua.common.FieldException;

/**
 * The rules of one line of a score table, for the form and for each row of an imported sheet alike: a numbering the
 * table understands ({@link ScoreNumbering}), a text, a kind; points not negative, at most 9.999,99 with two
 * decimals; a deduction's points per occurrence above 0; texts within their lengths. Field names are those of the
 * criterion form.
 */
public final class CriterionRules {

	public static final int NUMBER_MAX = 20;
	public static final int TEXT_MAX = 1000;
	public static final int GUIDANCE_MAX = 2000;
	static final BigDecimal POINTS_LIMIT = new BigDecimal("10000");

	private CriterionRules() {
	}

	public static List<FieldException> check(CriterionCommand c) {
		List<FieldException> problems = new ArrayList<>();
		if (c.number() == null || c.number().isBlank()) {
			problems.add(new FieldException("number", "scoring.criterion.numberRequired"));
		}
		else if (c.number().strip().length() > NUMBER_MAX || !ScoreNumbering.isValid(c.number())) {
			problems.add(new FieldException("number", "scoring.criterion.numberInvalid"));
		}
		if (c.text() == null || c.text().isBlank()) {
			problems.add(new FieldException("text", "scoring.criterion.textRequired"));
		}
		else if (c.text().strip().length() > TEXT_MAX) {
			problems.add(new FieldException("text", "scoring.tooLong", TEXT_MAX));
		}
		if (c.kind() == null) {
			problems.add(new FieldException("kind", "scoring.criterion.kindRequired"));
		}
		points(problems, "maxPoints", c.maxPoints());
		points(problems, "pointsPerOccurrence", c.pointsPerOccurrence());
		// a deduction heading (with sub-lines) has no rate; a scored deduction without one is a problem of the table
		if (c.kind() == CriterionKind.DEDUCTION && c.pointsPerOccurrence() != null
				&& c.pointsPerOccurrence().signum() == 0) {
			problems.add(new FieldException("pointsPerOccurrence", "scoring.criterion.ratePositive"));
		}
		if (c.guidance() != null && c.guidance().strip().length() > GUIDANCE_MAX) {
			problems.add(new FieldException("guidance", "scoring.tooLong", GUIDANCE_MAX));
		}
		if (c.evidenceExpected() != null && c.evidenceExpected().strip().length() > TEXT_MAX) {
			problems.add(new FieldException("evidenceExpected", "scoring.tooLong", TEXT_MAX));
		}
		if (c.rule() != null && c.kind() != null && !c.rule().fits(c.kind())) {
			problems.add(new FieldException("rule", "scoring.rule.notForKind"));
		}
		else if (c.rule() == SuggestionRule.TARGETS && c.taskAreaId() == null) {
			problems.add(new FieldException("taskAreaId", "scoring.rule.taskAreaRequired"));
		}
		if (c.position() != null && c.position() < 1) {
			problems.add(new FieldException("position", "scoring.criterion.positionInvalid"));
		}
		return problems;
	}

	/** A figure of points: not negative, below 10.000, at most two decimals. */
	public static void points(List<FieldException> problems, String field, BigDecimal value) {
		if (value == null) {
			return;
		}
		if (value.signum() < 0) {
			problems.add(new FieldException(field, "scoring.points.negative"));
		}
		else if (value.compareTo(POINTS_LIMIT) >= 0) {
			problems.add(new FieldException(field, "scoring.points.tooLarge"));
		}
		else if (value.stripTrailingZeros().scale() > 2) {
			problems.add(new FieldException(field, "scoring.points.decimals"));
		}
	}
}
