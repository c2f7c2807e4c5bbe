package vn.atgt.thidua.monitoring;

import java.time.LocalDate;

/**
 * A column of the status matrix: the target registration ({@code periodId} null; {@code dueDate} the registration
 * deadline, when the office set one) or a reporting period, with its totals over the rows shown.
 */
public record MatrixColumn(Long periodId, String name, LocalDate dueDate, Totals totals) {

	public boolean registration() {
		return periodId == null;
	}
}
