package vn.atgt.thidua.unit;

/** A line of the unit list, and the unit's edit form. */
public record UnitRow(Long id, String code, String name, String shortName, UnitKind kind, Long areaId,
		String areaLevel, String areaName, Long committeeId, boolean active, String email, String phone,
		boolean suppliesAccidentFigures, long version) {

	public String areaDisplayName() {
		return areaName == null ? null : areaLevel + " " + areaName;
	}
}
