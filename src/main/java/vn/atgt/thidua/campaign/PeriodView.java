package vn.atgt.thidua.campaign;

import java.time.LocalDate;

/**
 * A reporting period (kỳ báo cáo): its cadence and name ("Tháng 7/2024", "Quý III/2024"), first and last day, and the
 * due date by which units submit their report. A baseline period lies in the comparison year, outside the campaign.
 */
public record PeriodView(Long id, Long campaignId, Cadence cadence, String name, LocalDate startDate,
		LocalDate endDate, LocalDate dueDate, boolean baseline, long version) {

	/** True when the day lies within the period. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(startDate) && !day.isAfter(endDate);
	}

	/** True when a report submitted on {@code day} is late (after the due date). */
	public boolean isLateOn(LocalDate day) {
		return day.isAfter(dueDate);
	}
}
