package vn.atgt.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.format.VietnameseNumbers;

/**
 * The rules of the points typed on a score, checked all at once so that the page shows every problem beside its field
 * ({@code points[criterionId]}, {@code comments[…]}, {@code evidence[…]}): a number as Vietnamese offices write it, not
 * negative, at most two decimals, at most the criterion's maximum; for a deduction a whole number of occurrences whose
 * points stay within the deduction's cap. A complete score (for submission or acceptance) has a value on every scored
 * criterion; a bonus or deduction left blank counts 0.
 */
public final class ScoreRules {

	public static final int COMMENT_MAX = 2000;
	public static final int EVIDENCE_MAX = 1000;
	public static final int REASON_MAX = 2000;

	/** One line as kept: the value, and the texts stripped (blank as null). */
	public record Line(BigDecimal value, String comment, String evidence) {
	}

	private ScoreRules() {
	}

	/**
	 * The lines of the input for the table's scored criteria (ids of other criteria are ignored).
	 * @param complete true when every criterion needs its points
	 * @throws InvalidScoreException naming every field that breaks a rule
	 */
	public static Map<Long, Line> read(ScoreTableView table, ScoreInput input, boolean complete) {
		List<FieldException> problems = new ArrayList<>();
		Map<Long, Line> lines = new LinkedHashMap<>();
		for (CriterionView c : table.scoredCriteria()) {
			String field = "points[" + c.id() + "]";
			BigDecimal value = null;
			try {
				value = VietnameseNumbers.parse(input.points().get(c.id())).orElse(null);
			}
			catch (NumberFormatException e) {
				problems.add(new FieldException(field, "scoring.points.notNumber"));
			}
			if (value != null) {
				problems.addAll(check(c, value, field));
			}
			else if (complete && c.kind() == CriterionKind.CRITERION && !problems.stream()
				.anyMatch(p -> p.field().equals(field))) {
				problems.add(new FieldException(field, "scoring.points.required"));
			}
			String comment = clean(input.comments().get(c.id()));
			String evidence = clean(input.evidence().get(c.id()));
			length(problems, "comments[" + c.id() + "]", comment, COMMENT_MAX);
			length(problems, "evidence[" + c.id() + "]", evidence, EVIDENCE_MAX);
			lines.put(c.id(), new Line(value, comment, evidence));
		}
		if (!problems.isEmpty()) {
			throw new InvalidScoreException(problems);
		}
		return lines;
	}

	/** Every rule one value breaks on its criterion. */
	static List<FieldException> check(CriterionView c, BigDecimal value, String field) {
		List<FieldException> problems = new ArrayList<>();
		if (value.signum() < 0) {
			problems.add(new FieldException(field, "scoring.points.negative"));
		}
		else if (value.stripTrailingZeros().scale() > 2) {
			problems.add(new FieldException(field, "scoring.points.decimals"));
		}
		else if (c.isDeduction()) {
			if (value.stripTrailingZeros().scale() > 0) {
				problems.add(new FieldException(field, "scoring.deduction.whole"));
			}
			else if (c.maxPoints() != null && Breakdown.deduction(c, value).compareTo(c.maxPoints()) > 0) {
				problems.add(new FieldException(field, "scoring.deduction.overCap",
						VietnameseNumbers.format(Breakdown.deduction(c, value)), VietnameseNumbers.format(c.maxPoints())));
			}
		}
		else if (c.maxPoints() != null && value.compareTo(c.maxPoints()) > 0) {
			problems.add(new FieldException(field, "scoring.points.overMax", VietnameseNumbers.format(c.maxPoints())));
		}
		return problems;
	}

	/**
	 * The reason of a return, an adjustment or an exclusion as kept.
	 * @throws FieldException on {@code field} when it is missing or too long
	 */
	public static String reason(String field, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new FieldException(field, "scoring.reason.required");
		}
		if (reason.strip().length() > REASON_MAX) {
			throw new FieldException(field, "scoring.tooLong", REASON_MAX);
		}
		return reason.strip();
	}

	public static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static void length(List<FieldException> problems, String field, String text, int max) {
		if (text != null && text.length() > max) {
			problems.add(new FieldException(field, "scoring.tooLong", max));
		}
	}
}
