package vn.atgt.thidua.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a campaign's units stand as of {@code today}, for the leadership dashboard: the registration's column and each
 * reporting period's column (by start date) with their totals, and every participating unit's standing, in the
 * campaign's order of units. Read as the status matrix reads it: a constant number of SQL queries.
 */
public record CampaignStanding(LocalDate today, MatrixColumn registration, List<MatrixColumn> periods,
		List<UnitStanding> units) {

	/** The latest period whose due date has passed (the last period to judge timeliness by); null when none. */
	public MatrixColumn lastDuePeriod() {
		MatrixColumn last = null;
		for (MatrixColumn column : periods) {
			if (column.dueDate() != null && column.dueDate().isBefore(today)) {
				last = column;
			}
		}
		return last;
	}

	/** The first period whose due date has not passed (the one units are working on); null when none. */
	public MatrixColumn currentPeriod() {
		return periods.stream()
			.filter(c -> c.dueDate() == null || !c.dueDate().isBefore(today))
			.findFirst()
			.orElse(null);
	}
}
