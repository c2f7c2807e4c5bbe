package vn.atgt.thidua.unit;

/** A member unit as other modules see it. */
public record UnitSummary(Long id, String code, String name, String shortName, UnitKind kind, Long areaId,
		Long committeeId, boolean active, boolean suppliesAccidentFigures, String email, String phone) {

	/** The short name where there is one (tables), else the full name. */
	public String label() {
		return shortName == null || shortName.isBlank() ? name : shortName;
	}
}
