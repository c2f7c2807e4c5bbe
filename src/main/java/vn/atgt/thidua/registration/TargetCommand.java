package vn.atgt.thidua.registration;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a unit registers for one target. A quantitative target needs a unit of measure, a direction and a target
 * value; a milestone needs a due date and ignores those. When {@code suggestedIndicatorId} is set, the name, unit of
 * measure, direction and task area are the suggested indicator's, whatever else the command says.
 */
public record TargetCommand(Long taskAreaId, TargetKind kind, Long suggestedIndicatorId, String indicatorName,
		String unitOfMeasure, TargetDirection direction, BigDecimal baselineValue, BigDecimal targetValue,
		BigDecimal weight, LocalDate dueDate, String note) {

	/** The same target taken from a suggested indicator: its task area, name, unit and direction. */
	public TargetCommand from(SuggestedIndicatorView suggestion) {
		return new TargetCommand(suggestion.taskAreaId(), TargetKind.QUANTITATIVE, suggestion.id(), suggestion.name(),
				suggestion.unitOfMeasure(), suggestion.direction(), baselineValue, targetValue, weight, dueDate, note);
	}
}
