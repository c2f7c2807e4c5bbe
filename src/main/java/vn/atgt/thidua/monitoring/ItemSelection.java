package vn.atgt.thidua.monitoring;

import java.util.Objects;

/**
 * What the late list, an urging notice and an urging letter are about: every late item, the target registration, or
 * one period's report. As a request parameter ({@link #param()}): empty, {@code registration}, or the period's id.
 */
public record ItemSelection(Scope scope, Long periodId) {

	/** How wide the selection is. */
	public enum Scope {
		ALL, REGISTRATION, PERIOD
	}

	public static final ItemSelection ALL = new ItemSelection(Scope.ALL, null);
	public static final ItemSelection REGISTRATION = new ItemSelection(Scope.REGISTRATION, null);
	static final String REGISTRATION_PARAM = "registration";

	public ItemSelection {
		Objects.requireNonNull(scope, "scope");
		if ((scope == Scope.PERIOD) != (periodId != null)) {
			throw new IllegalArgumentException("a period is selected by its id, and only a period: " + scope);
		}
	}

	public static ItemSelection period(Long periodId) {
		return new ItemSelection(Scope.PERIOD, Objects.requireNonNull(periodId, "periodId"));
	}

	/** Reads the request parameter; anything that is neither {@code registration} nor a number selects all. */
	public static ItemSelection parse(String param) {
		if (param == null || param.isBlank()) {
			return ALL;
		}
		String value = param.strip();
		if (value.equals(REGISTRATION_PARAM)) {
			return REGISTRATION;
		}
		try {
			return period(Long.valueOf(value));
		}
		catch (NumberFormatException e) {
			return ALL;
		}
	}

	/** The request parameter that selects the same again ("" for all). */
	public String param() {
		return switch (scope) {
			case ALL -> "";
			case REGISTRATION -> REGISTRATION_PARAM;
			case PERIOD -> periodId.toString();
		};
	}

	/** True when the item (the registration when {@code itemPeriodId} is null) is part of the selection. */
	public boolean includes(Long itemPeriodId) {
		return switch (scope) {
			case ALL -> true;
			case REGISTRATION -> itemPeriodId == null;
			case PERIOD -> periodId.equals(itemPeriodId);
		};
	}
}
