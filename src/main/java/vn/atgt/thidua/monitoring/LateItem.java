package vn.atgt.thidua.monitoring;

import java.time.LocalDate;

/**
 * An item a unit has not sent by its due date: its registration ({@code periodId} null) or its report for a period,
 * where it stands (not started, draft, or returned and not sent again), the due date, the calendar days since it
 * (Asia/Ho_Chi_Minh) and the item's page. A unit's home page lists its items that are not late in the same shape
 * ({@link MonitoringService#unitItems}; {@code overdueDays} 0).
 */
public record LateItem(Long periodId, String periodName, LocalDate dueDate, CellStatus status, int overdueDays,
		String link) {

	/** The item of a cell: the registration when {@code periodId} is null, else the named period's report. */
	static LateItem of(Long periodId, String periodName, MatrixCell cell) {
		return new LateItem(periodId, periodName, cell.dueDate(), cell.status(),
				cell.overdueDays() == null ? 0 : cell.overdueDays(), cell.link());
	}

	public boolean registration() {
		return periodId == null;
	}

	/**
	 * Where the unit's own people open the item: the report when it exists, else the unit's list of reports, or its
	 * registration ({@code link} is the standing office's page of the item).
	 */
	public String unitLink(Long campaignId) {
		if (registration()) {
			return "/campaigns/" + campaignId + "/targets";
		}
		return link != null && link.startsWith("/reports/") ? link : "/campaigns/" + campaignId + "/reports";
	}
}
