package vn.atgt.thidua.monitoring;

import java.util.List;

/**
 * A running campaign at a glance for a unit's home page: what was returned to it and waits for its correction, what is
 * overdue (not started or still a draft after the due date), and the next item due (null when nothing is due any
 * more); each item's {@link LateItem#unitLink(Long)} opens it.
 */
public record UnitGlance(Long campaignId, String planNumber, String title, List<LateItem> returned,
		List<LateItem> overdue, LateItem nextDue) {
}
