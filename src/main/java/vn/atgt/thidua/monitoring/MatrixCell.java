package vn.atgt.thidua.monitoring;

import java.time.LocalDate;

/**
 * One cell of the status matrix: where a unit's item stands, how late it came ({@code lateDays}: set once it was sent
 * and the item has a due date, 0 = on time) or how long it is overdue ({@code overdueDays}: set while it is not in
 * after the due date, counted in calendar days up to today, Asia/Ho_Chi_Minh), the due date, and the page of the item
 * ({@code link}, null where there is nothing to open).
 */
public record MatrixCell(CellStatus status, Integer lateDays, Integer overdueDays, LocalDate dueDate, String link) {

	/** Sent by the due date. */
	public boolean onTime() {
		return status.isIn() && lateDays != null && lateDays == 0;
	}

	/** Sent after the due date. */
	public boolean late() {
		return status.isIn() && lateDays != null && lateDays > 0;
	}

	/** Not in, and the due date has passed. */
	public boolean overdue() {
		return !status.isIn() && overdueDays != null;
	}

	/**
	 * The key of the line under the status: "đúng hạn", "trễ n ngày", "quá hạn n ngày"; null when there is nothing to
	 * say (not due yet: the column shows the due date; no due date; the unit does not take part). Its one argument is
	 * {@link #detail()}.
	 */
	public String detailKey() {
		if (!status.isExpected()) {
			return null;
		}
		if (onTime()) {
			return "monitoring.cell.onTime";
		}
		if (late()) {
			return "monitoring.cell.lateBy";
		}
		if (overdue()) {
			return "monitoring.cell.overdueBy";
		}
		return null;
	}

	/** The argument of {@link #detailKey()}: the days late or overdue ("" when on time or nothing to say). */
	public String detail() {
		if (late()) {
			return lateDays.toString();
		}
		return overdue() ? overdueDays.toString() : "";
	}
}
