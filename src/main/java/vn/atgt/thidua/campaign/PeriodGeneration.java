package vn.atgt.thidua.campaign;

import java.time.LocalDate;

/**
 * Generate the whole periods of a cadence that lie within {@code startDate}–{@code endDate} (a campaign starting on
 * 21/6/2024 gets July–December), each due on {@code dueDay} of the month after it ends (clamped to the month's length).
 */
public record PeriodGeneration(Cadence cadence, LocalDate startDate, LocalDate endDate, int dueDay,
		boolean baseline) {

	public static final int DEFAULT_DUE_DAY = 20;
}
