package vn.atgt.thidua.monitoring;

import java.util.Arrays;

import vn.atgt.thidua.unit.UnitKind;

/**
 * Which units the matrix shows: of one kind (agencies, communes …), and those with an approved target under one task
 * area; null means any.
 */
public record MatrixFilter(UnitKind unitKind, Long taskAreaId) {

	public static MatrixFilter none() {
		return new MatrixFilter(null, null);
	}

	/** The filter from request parameters; a value that names no kind is read as any kind. */
	public static MatrixFilter of(String unitKind, Long taskAreaId) {
		UnitKind kind = Arrays.stream(UnitKind.values()).filter(k -> k.name().equals(unitKind)).findFirst()
			.orElse(null);
		return new MatrixFilter(kind, taskAreaId);
	}

	/** The filter from the request parameters as typed: a task area that is not a number is no filter. */
	public static MatrixFilter parse(String unitKind, String taskAreaId) {
		return of(unitKind, number(taskAreaId));
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
