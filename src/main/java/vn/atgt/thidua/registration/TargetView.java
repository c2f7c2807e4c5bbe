package vn.atgt.thidua.registration;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One target of a unit's registration as other modules read it (reports enter progress against it, scoring and
 * dashboards compare results with it). {@code position} is its place within its task area (1, 2, 3 …);
 * {@code suggestedIndicatorId} is set when the unit picked the standing office's suggested indicator, so that targets
 * of several units can be summed; {@code reviewComment} is the standing office's comment from the latest return.
 * For a milestone, unit of measure, direction and values are null and {@code dueDate} is set.
 */
public record TargetView(Long id, Long registrationId, Long campaignId, Long unitId, Long taskAreaId, int position,
		TargetKind kind, String indicatorName, String unitOfMeasure, BigDecimal baselineValue, BigDecimal targetValue,
		TargetDirection direction, BigDecimal weight, LocalDate dueDate, Long suggestedIndicatorId, String note,
		String reviewComment, long version) {

	public boolean isMilestone() {
		return kind == TargetKind.MILESTONE;
	}

	public boolean isSuggested() {
		return suggestedIndicatorId != null;
	}

	/** True when the value is a percentage (unit of measure "%"): completion is then not a ratio of sums. */
	public boolean isPercent() {
		return TargetRules.isPercent(unitOfMeasure);
	}
}
