package vn.atgt.thidua.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Counts over cells of the matrix (a period's column, or a unit's periods): {@code expected} counts only the cells of
 * units taking part, so that {@code submitted} (sent, accepted or approved) never exceeds it; {@code late} were sent
 * after the due date; {@code overdue} are not in after it; {@code notIn} = expected − submitted.
 */
public record Totals(int expected, int submitted, int late, int overdue, int accepted, int returned) {

	public static Totals of(Collection<MatrixCell> cells) {
		int expected = 0;
		int submitted = 0;
		int late = 0;
		int overdue = 0;
		int accepted = 0;
		int returned = 0;
		for (MatrixCell cell : cells) {
			if (!cell.status().isExpected()) {
				continue;
			}
			expected++;
			if (cell.status().isIn()) {
				submitted++;
			}
			if (cell.late()) {
				late++;
			}
			if (cell.overdue()) {
				overdue++;
			}
			if (cell.status() == CellStatus.ACCEPTED || cell.status() == CellStatus.APPROVED) {
				accepted++;
			}
			if (cell.status() == CellStatus.RETURNED) {
				returned++;
			}
		}
		return new Totals(expected, submitted, late, overdue, accepted, returned);
	}

	public int notIn() {
		return expected - submitted;
	}

	/** Completeness: sent (or accepted) over expected, in per cent with one decimal; null when nothing is expected. */
	public BigDecimal completenessPercent() {
		if (expected == 0) {
			return null;
		}
		return BigDecimal.valueOf(submitted * 100L).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
	}
}
