package vn.atgt.thidua.report;

import vn.atgt.thidua.common.text.SearchText;

/**
 * The filters of the list of reports and of the review queue (each null for all): a period, a unit (by id: the links
 * of the monitoring pages), words of units' names ({@code q}, without diacritics or with), a status (a
 * {@link ReportStatus} name or {@link #NOT_STARTED}; the list only) and a task area (the queue only: reports of units
 * that have an approved target or wrote a narrative under it).
 */
public record ReportFilter(Long periodId, Long unitId, String q, String status, Long taskAreaId) {

	/** The status filter's value for units that have not opened their report. */
	public static final String NOT_STARTED = "NOT_STARTED";

	/** The LIKE pattern of the name search on units' search keys; {@code %} (every unit) when there is none. */
	String namePattern() {
		String pattern = SearchText.likePattern(q);
		return pattern == null ? "%" : pattern;
	}
}
