package vn.atgt.thidua.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.report.ReportRow;
import vn.atgt.thidua.report.ReportStatus;

/**
 * A page of the office's list of reports as its page draws it: each row's words, colours and link resolved once here
 * (per row two fragments, five message lookups, a date and a link in the template were most of the page's CPU), so
 * that the template reads plain values. The words are those of {@code report/fragments :: status} and
 * {@code :: timeliness}.
 */
record OverviewRowsView(List<Row> rows) {

	/**
	 * A row: the report row, its unit kind in words (or null), its status badge's colour class and words, the last
	 * submission (or null), the timeliness's colour class and words, and the report's link and its label (null when the
	 * unit has not opened it).
	 */
	record Row(ReportRow row, String kind, String statusCss, String status, String submittedAt, String timelinessCss,
			String timeliness, String link, String linkLabel) {
	}

	static OverviewRowsView of(List<ReportRow> rows, MessageSource messages, Locale locale, String contextPath) {
		Formats formats = new Formats();
		String onTime = messages.getMessage("report.onTime", null, locale);
		List<Row> view = new ArrayList<>(rows.size());
		for (ReportRow r : rows) {
			String timelinessCss;
			String timeliness;
			if (r.submitted() && r.lateDays() != null) {
				timelinessCss = r.lateDays() == 0 ? "text-ok" : "text-late fw-semibold";
				timeliness = r.lateDays() == 0 ? onTime
						: messages.getMessage("report.lateBy", new Object[] { r.lateDays() }, locale);
			}
			else if (!r.submitted() && r.overdueDays() != null) {
				timelinessCss = "text-late fw-semibold";
				timeliness = messages.getMessage("report.overdueBy", new Object[] { r.overdueDays() }, locale);
			}
			else if (!r.submitted()) {
				timelinessCss = "text-body-secondary";
				timeliness = messages.getMessage("report.dueOn", new Object[] { formats.date(r.period().dueDate()) },
						locale);
			}
			else {
				timelinessCss = null;
				timeliness = null;
			}
			view.add(new Row(r, r.unitKind() == null ? null : messages.getMessage(r.unitKind().messageKey(), null, locale),
					statusCss(r.status()),
					r.status() == null ? messages.getMessage("report.status.notStarted", null, locale)
							: messages.getMessage(r.status().messageKey(), null, locale),
					r.lastSubmittedAt() == null ? null : formats.dateTime(r.lastSubmittedAt()), timelinessCss,
					timeliness, r.opened() ? contextPath + "/reports/" + r.reportId() : null,
					r.opened() ? messages.getMessage("report.open.unitLabel",
							new Object[] { r.unitName(), r.period().name() }, locale) : null));
		}
		return new OverviewRowsView(view);
	}

	/** As {@code report/fragments :: status} colours the badge. */
	private static String statusCss(ReportStatus status) {
		if (status == null) {
			return "text-bg-light border";
		}
		return switch (status.name()) {
			case "ACCEPTED" -> "text-bg-success";
			case "SUBMITTED" -> "text-bg-primary";
			case "RETURNED" -> "text-bg-warning";
			default -> "text-bg-secondary";
		};
	}
}
