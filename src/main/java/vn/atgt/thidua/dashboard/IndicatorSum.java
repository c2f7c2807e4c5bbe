package vn.atgt.thidua.dashboard;

import java.math.BigDecimal;

import vn.atgt.thidua.registration.TargetDirection;

/**
 * A suggested indicator summed across the units that registered it: what their accepted reports add up to against
 * the sum of their approved targets ("Số buổi tuyên truyền: 842 / 1.050 buổi"), over {@code units} units. Only
 * indicators whose unit of measure adds up (not "%") are summed.
 */
public record IndicatorSum(Long suggestedIndicatorId, Long taskAreaId, String name, String unitOfMeasure,
		TargetDirection direction, BigDecimal achieved, BigDecimal target, int units) {
}
