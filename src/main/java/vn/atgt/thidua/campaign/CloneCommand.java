package vn.atgt.thidua.campaign;

import java.time.LocalDate;

/** What changes when a campaign is cloned to the next year: the new plan, title, theme, dates and baseline year. */
public record CloneCommand(String planNumber, LocalDate planDate, String title, String theme, LocalDate startDate,
		LocalDate endDate, int baselineYear) {
}
