package vn.atgt.thidua.dashboard;

import java.util.Arrays;

import vn.atgt.thidua.unit.UnitKind;

/** The filters of the results page: a kind of unit, a task area and an area (commune, town); null means any. */
public record ResultsFilter(UnitKind unitKind, Long taskAreaId, Long areaId) {

	public static ResultsFilter none() {
		return new ResultsFilter(null, null, null);
	}

	/** The filter from request parameters as typed: a value that names nothing is no filter (never a 400). */
	public static ResultsFilter parse(String unitKind, String taskAreaId, String areaId) {
		UnitKind kind = Arrays.stream(UnitKind.values()).filter(k -> k.name().equals(unitKind)).findFirst()
			.orElse(null);
		return new ResultsFilter(kind, number(taskAreaId), number(areaId));
	}

	public boolean isEmpty() {
		return unitKind == null && taskAreaId == null && areaId == null;
	}

	private static Long number(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
