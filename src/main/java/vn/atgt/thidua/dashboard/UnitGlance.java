package vn.atgt.thidua.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.monitoring.CellStatus;
import vn.atgt.thidua.monitoring.LateItem;

/**
 * A running campaign at a glance for a unit's home page: what was returned to it and waits for its correction, what is
 * overdue (not started or still a draft after the due date), and the next item due (null when nothing is due any
 * more); each item's {@link LateItem#unitLink(Long)} opens it.
 */
public record UnitGlance(Long campaignId, String planNumber, String title, List<LateItem> returned,
		List<LateItem> overdue, LateItem nextDue) {

	/** The glance of the campaign from the unit's items in it (its registration and reports), as of {@code today}. */
	static UnitGlance of(CampaignSummary campaign, List<LateItem> items, LocalDate today) {
		List<LateItem> returned = items.stream().filter(i -> i.status() == CellStatus.RETURNED).toList();
		List<LateItem> overdue = items.stream()
			.filter(i -> i.status() != CellStatus.RETURNED && !i.status().isIn() && i.overdueDays() > 0)
			.toList();
		LateItem next = items.stream()
			.filter(i -> !i.status().isIn() && i.dueDate() != null && !i.dueDate().isBefore(today))
			.min(Comparator.comparing(LateItem::dueDate))
			.orElse(null);
		return new UnitGlance(campaign.id(), campaign.planNumber(), campaign.title(), returned, overdue, next);
	}
}
