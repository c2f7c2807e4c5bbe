package vn.atgt.thidua.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.atgt.thidua.common.i18n.Labelled;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.report.Outcome;
import vn.atgt.thidua.report.TargetProgressRow;

/**
 * Where an approved target stands on the dashboard, respecting its direction and unit: met (reached or exceeded; an
 * "at most" target while the value stays within its limit; a milestone done), on track (not yet met, but the share
 * reached is at least the share of the campaign's time gone; a milestone whose due date has not passed), or behind
 * (an "at most" target over its limit, which cannot be undone; otherwise short of the time gone). A percentage target
 * is judged on its latest value, as the report module sums it.
 */
public enum TargetStanding implements Labelled {
	MET, ON_TRACK, BEHIND;

	/**
	 * The standing of the target as of {@code today}, {@code elapsedPercent} of the campaign's days being gone (0–100).
	 */
	public static TargetStanding of(TargetProgressRow row, BigDecimal elapsedPercent, LocalDate today) {
		Outcome outcome = row.outcome();
		if (outcome != null && outcome.isSuccess()) {
			return MET;
		}
		if (row.isMilestone()) {
			return row.dueDate() == null || !row.dueDate().isBefore(today) ? ON_TRACK : BEHIND;
		}
		if (row.direction() == TargetDirection.AT_MOST) {
			return BEHIND;
		}
		BigDecimal reached = row.completionPercent();
		return reached != null && reached.compareTo(elapsedPercent) >= 0 ? ON_TRACK : BEHIND;
	}

	@Override
	public String messageKey() {
		return "dashboard.standing." + name();
	}
}
