package vn.atgt.thidua.monitoring;

import java.util.List;
import java.util.stream.Collectors;

import vn.atgt.thidua.common.format.Formats;

/**
 * The text of an urging notice for a unit's late items (a message key and its arguments) and where it leads: the item
 * itself when there is one, else the unit's list of reports.
 */
record UrgingNotice(String key, String link, Object[] args) {

	static UrgingNotice of(Long campaignId, String plan, List<LateItem> items) {
		if (items.size() == 1) {
			LateItem item = items.get(0);
			String due = Formats.DATE.format(item.dueDate());
			return item.registration()
					? new UrgingNotice("notification.urging.registration", item.unitLink(campaignId),
							new Object[] { due, item.overdueDays(), plan })
					: new UrgingNotice("notification.urging.report", item.unitLink(campaignId),
							new Object[] { item.periodName(), due, item.overdueDays(), plan });
		}
		String periods = items.stream().filter(i -> !i.registration()).map(LateItem::periodName)
			.collect(Collectors.joining(", "));
		boolean registration = items.stream().anyMatch(LateItem::registration);
		int days = items.stream().mapToInt(LateItem::overdueDays).max().orElse(0);
		return new UrgingNotice(registration ? "notification.urging.registrationAndReports"
				: "notification.urging.reports", "/campaigns/" + campaignId + "/reports",
				new Object[] { periods, days, plan });
	}
}
