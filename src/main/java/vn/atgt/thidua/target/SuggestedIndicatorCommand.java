package vn.atgt.thidua.target;

/** What the standing office writes for a suggested indicator. */
public record SuggestedIndicatorCommand(Long taskAreaId, String name, String unitOfMeasure, TargetDirection direction,
		String guidance) {
}
