package vn.atgt.thidua.registration.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.registration.RegistrationOverviewRow;
import vn.atgt.thidua.registration.RegistrationStatus;
import vn.atgt.thidua.registration.RegistrationStatusRow;

/**
 * A page of the office's table of registrations as its page draws it: each row's words, colours, counts per task area
 * and link resolved once here (per row two fragments, a link, four message lookups and a method call per task area in
 * the template were most of the page's CPU). The words are those of {@code registration/fragments :: status} and
 * {@code :: timeliness}.
 */
record OverviewRowsView(List<Row> rows) {

	/**
	 * A row: the overview row, its unit kind in words (or null), its status badge's colour class and words, the last
	 * submission (or null), the timeliness's colour class and words (null: none), its targets per task area (in the
	 * page's order) and in all, and its page's link and that link's label.
	 */
	record Row(RegistrationOverviewRow row, String kind, String statusCss, String status, String submittedAt,
			String timelinessCss, String timeliness, List<Long> targets, long total, String link, String linkLabel) {
	}

	static OverviewRowsView of(List<RegistrationOverviewRow> rows, List<Long> taskAreaIds, MessageSource messages,
			Locale locale, String unitsLink) {
		Formats formats = new Formats();
		String onTime = messages.getMessage("target.onTime", null, locale);
		List<Row> view = new ArrayList<>(rows.size());
		for (RegistrationOverviewRow r : rows) {
			RegistrationStatusRow standing = r.standing();
			String timeliness = null;
			String timelinessCss = null;
			if (standing.lateDays() != null && standing.onTime()) {
				timelinessCss = "text-ok";
				timeliness = onTime;
			}
			else if (standing.lateDays() != null && standing.late()) {
				timelinessCss = "text-late";
				timeliness = messages.getMessage(standing.submitted() ? "target.lateBy" : "target.overdueBy",
						new Object[] { standing.lateDays() }, locale);
			}
			List<Long> targets = new ArrayList<>(taskAreaIds.size());
			for (Long id : taskAreaIds) {
				targets.add(r.targetsIn(id));
			}
			view.add(new Row(r, r.unitKind() == null ? null : messages.getMessage(r.unitKind().messageKey(), null, locale),
					statusCss(standing.status()),
					standing.status() == null ? messages.getMessage("target.status.notStarted", null, locale)
							: messages.getMessage(standing.status().messageKey(), null, locale),
					standing.lastSubmittedAt() == null ? null : formats.date(standing.lastSubmittedAt()), timelinessCss,
					timeliness, targets, r.targetCount(), unitsLink + r.unitId(),
					messages.getMessage("target.open.label", new Object[] { r.unitName() }, locale)));
		}
		return new OverviewRowsView(view);
	}

	/** As {@code registration/fragments :: status} colours the badge. */
	private static String statusCss(RegistrationStatus status) {
		if (status == null) {
			return "text-bg-light border";
		}
		return switch (status.name()) {
			case "APPROVED" -> "text-bg-success";
			case "SUBMITTED" -> "text-bg-primary";
			case "RETURNED" -> "text-bg-warning";
			default -> "text-bg-secondary";
		};
	}
}
