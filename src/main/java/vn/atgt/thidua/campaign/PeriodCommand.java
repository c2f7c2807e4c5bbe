package vn.atgt.thidua.campaign;

import java.time.LocalDate;

/** A reporting period entered by hand. */
public record PeriodCommand(Cadence cadence, String name, LocalDate startDate, LocalDate endDate, LocalDate dueDate,
		boolean baseline) {
}
