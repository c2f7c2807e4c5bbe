package vn.atgt.thidua.registration;

/** What the standing office writes for a suggested indicator. */
public record SuggestedIndicatorCommand(Long taskAreaId, String name, String unitOfMeasure, TargetDirection direction,
		String guidance) {
}
