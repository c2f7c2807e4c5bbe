package vn.atgt.thidua.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a campaign's units stand as of {@code today}, for the leadership dashboard: each reporting period's column (by
 * start date) with its totals, how many units have an item overdue ({@code lateUnits}) and how many need attention
 * ({@code attentionTotal}), and the standing of the first of those ({@code attention}), in the campaign's order of
 * units. Counted by the database: a constant number of SQL queries ({@link MonitoringService#standing}).
 */
public record CampaignStanding(LocalDate today, List<MatrixColumn> periods, int lateUnits, int attentionTotal,
		List<UnitStanding> attention) {

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
