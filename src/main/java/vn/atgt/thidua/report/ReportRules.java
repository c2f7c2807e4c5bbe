package vn.atgt.thidua.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.registration.TargetView;

/**
 * The rules of what a unit writes in a report, checked all at once so that the page shows every problem beside its
 * field: no negative value, at most fourteen digits before and four after the decimal point, a percentage between 0
 * and 100, and texts within their lengths. Completeness is not a rule of a draft: it is checked at submission. Field
 * names are those of the report form ({@code values[targetId]}, {@code activities[taskAreaId]} …).
 */
public final class ReportRules {

	public static final int COMMENT_MAX = 2000;
	public static final int TEXT_MAX = 20000;
	public static final int REASON_MAX = 2000;
	public static final int CAPTION_MAX = 300;
	/** NUMERIC(18, 4): fourteen digits before the decimal point, four after. */
	static final BigDecimal VALUE_LIMIT = new BigDecimal("1e14");
	static final int VALUE_DECIMALS = 4;
	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ReportRules() {
	}

	/** Every rule the content breaks, for the targets given by id (the report's own); empty when it is fine. */
	public static List<FieldException> check(ReportContent content, Map<Long, TargetView> targets) {
		List<FieldException> problems = new ArrayList<>();
		content.entries().forEach((targetId, entry) -> {
			TargetView target = targets.get(targetId);
			BigDecimal value = entry.value();
			String field = "values[" + targetId + "]";
			if (value != null && target != null && !target.isMilestone()) {
				if (value.signum() < 0) {
					problems.add(new FieldException(field, "report.value.negative"));
				}
				else if (target.isPercent() && value.compareTo(HUNDRED) > 0) {
					problems.add(new FieldException(field, "report.value.percent"));
				}
				else if (value.compareTo(VALUE_LIMIT) >= 0) {
					problems.add(new FieldException(field, "report.value.tooLarge"));
				}
				else if (value.stripTrailingZeros().scale() > VALUE_DECIMALS) {
					problems.add(new FieldException(field, "report.value.decimals", VALUE_DECIMALS));
				}
			}
			length(problems, "comments[" + targetId + "]", entry.comment(), COMMENT_MAX);
		});
		content.narratives().forEach((areaId, narrative) -> {
			length(problems, "activities[" + areaId + "]", narrative.activities(), TEXT_MAX);
			length(problems, "results[" + areaId + "]", narrative.results(), TEXT_MAX);
			length(problems, "areaDifficulties[" + areaId + "]", narrative.difficulties(), TEXT_MAX);
			length(problems, "areaProposals[" + areaId + "]", narrative.proposals(), TEXT_MAX);
		});
		length(problems, "difficulties", content.difficulties(), TEXT_MAX);
		length(problems, "proposals", content.proposals(), TEXT_MAX);
		return problems;
	}

	private static void length(List<FieldException> problems, String field, String text, int max) {
		if (text != null && text.strip().length() > max) {
			problems.add(new FieldException(field, "report.tooLong", max));
		}
	}

	/**
	 * The reason of a return or reopening as it is kept (stripped).
	 * @throws FieldException {@code reason} when it is missing or too long
	 */
	public static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new FieldException("reason", "report.reason.required");
		}
		if (reason.strip().length() > REASON_MAX) {
			throw new FieldException("reason", "report.tooLong", REASON_MAX);
		}
		return reason.strip();
	}

	/** A text as it is kept: stripped, or null when blank. */
	public static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
