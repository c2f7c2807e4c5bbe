package vn.atgt.thidua.registration;

import java.math.BigDecimal;

/**
 * The sum of the targets that units registered for one suggested indicator: over the registrations sent (waiting or
 * approved) and over the approved ones only. Sums are null when no unit is counted.
 */
public record SuggestedIndicatorTotal(Long suggestedIndicatorId, Long taskAreaId, String name, String unitOfMeasure,
		TargetDirection direction, long unitsSubmitted, BigDecimal sumSubmitted, long unitsApproved,
		BigDecimal sumApproved) {

	/** True when a sum would mean something: a percentage summed over units does not. */
	public boolean summable() {
		return !TargetRules.isPercent(unitOfMeasure);
	}
}
