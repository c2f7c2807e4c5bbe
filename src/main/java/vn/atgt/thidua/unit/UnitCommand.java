package vn.atgt.thidua.unit;

/** What an administrator enters for a unit. */
public record UnitCommand(String code, String name, String shortName, UnitKind kind, Long areaId, Long committeeId,
		String email, String phone, boolean suppliesAccidentFigures) {
}
