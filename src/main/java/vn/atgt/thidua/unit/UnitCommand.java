package vn.atgt.thidua.unit;

/** What an administrator enters for a unit. */
public record UnitCommand(String code, String name, String shortName, UnitKind kind, Long areaId, Long committeeId,
		String email, String phone, boolean suppliesAccidentFigures) {

	/** The same unit in that committee when the command names none (an administrator's unit joins hers). */
	public UnitCommand orIn(Long defaultCommitteeId) {
		return committeeId != null ? this : new UnitCommand(code, name, shortName, kind, areaId, defaultCommitteeId,
				email, phone, suppliesAccidentFigures);
	}
}
