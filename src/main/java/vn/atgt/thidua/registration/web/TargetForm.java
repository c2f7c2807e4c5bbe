package vn.atgt.thidua.registration.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.atgt.thidua.registration.SuggestedIndicatorView;
import vn.atgt.thidua.registration.TargetCommand;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetKind;
import vn.atgt.thidua.registration.TargetView;

/**
 * A target as the unit fills it in. The rules ({@link vn.atgt.thidua.registration.TargetRules}) are checked by the service,
 * all at once; numbers are typed the Vietnamese way ("1.500", "12,5"). The kind is chosen by the link that opened the
 * form; a suggested indicator fixes name, unit of measure and direction.
 */
record TargetForm(
		Long taskAreaId,
		TargetKind kind,
		Long suggestedIndicatorId,
		String indicatorName,
		String unitOfMeasure,
		TargetDirection direction,
		BigDecimal baselineValue,
		BigDecimal targetValue,
		BigDecimal weight,
		LocalDate dueDate,
		String note,
		long version) {

	static TargetForm empty(TargetKind kind, Long taskAreaId) {
		return new TargetForm(taskAreaId, kind, null, "", "", kind == TargetKind.QUANTITATIVE ? TargetDirection.AT_LEAST
				: null, null, null, null, null, "", 0);
	}

	static TargetForm of(SuggestedIndicatorView s) {
		return new TargetForm(s.taskAreaId(), TargetKind.QUANTITATIVE, s.id(), s.name(), s.unitOfMeasure(),
				s.direction(), null, null, null, null, "", 0);
	}

	static TargetForm of(TargetView t) {
		return new TargetForm(t.taskAreaId(), t.kind(), t.suggestedIndicatorId(), t.indicatorName(),
				t.unitOfMeasure(), t.direction(), t.baselineValue(), t.targetValue(), t.weight(), t.dueDate(), t.note(),
				t.version());
	}

	boolean suggested() {
		return suggestedIndicatorId != null;
	}

	boolean milestone() {
		return kind == TargetKind.MILESTONE;
	}

	TargetCommand toCommand() {
		return new TargetCommand(taskAreaId, kind, suggestedIndicatorId, TargetPages.blankToNull(indicatorName),
				TargetPages.blankToNull(unitOfMeasure), direction, baselineValue, targetValue, weight, dueDate,
				TargetPages.blankToNull(note));
	}
}
