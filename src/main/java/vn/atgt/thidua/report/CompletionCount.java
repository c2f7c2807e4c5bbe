package vn.atgt.thidua.report;

import java.math.BigDecimal;

import vn.atgt.thidua.registration.TargetDirection;

/**
 * One figure of the completion of a campaign's approved targets, counted in SQL by {@link ReportCompletions}: at the
 * {@link Level} of a unit under a task area, a task area, a unit, the whole (units and task areas as asked), or a
 * suggested indicator summed across the units that registered it. For the first four, how many targets and how many
 * of them are met, on track and behind; for an indicator, {@code targets} is the number of units, {@code achieved} what
 * their accepted reports add up to and {@code target} the sum of their targets, with the indicator's name, unit of
 * measure and direction. A task area's row carries its number and title ({@code name}): every task area of the
 * campaign has one, zero when it has no target.
 */
public record CompletionCount(Level level, Long unitId, Long taskAreaId, Long suggestedIndicatorId, int targets,
		int met, int onTrack, int behind, BigDecimal achieved, BigDecimal target, String name, String unitOfMeasure,
		TargetDirection direction, Integer taskAreaNumber) {

	/**
	 * True when fewer than half of the targets counted are met or on track ("low completion": the dashboard lists
	 * such a unit among those needing attention).
	 */
	public static boolean isLow(int targets, int met, int onTrack) {
		return targets > 0 && (met + onTrack) * 2 < targets;
	}

	/** True when fewer than half of the targets this row counts are met or on track ({@link #isLow(int, int, int)}). */
	public boolean isLow() {
		return isLow(targets, met, onTrack);
	}

	/** What a row counts. */
	public enum Level {
		UNIT_AREA, AREA, UNIT, TOTAL, INDICATOR
	}
}
