package vn.atgt.thidua.unit;

/** Filters of the unit list; null means "any". The query is matched without diacritics. */
public record UnitFilter(String query, UnitKind kind, Long areaId, Boolean active) {

	public static UnitFilter none() {
		return new UnitFilter(null, null, null, null);
	}
}
