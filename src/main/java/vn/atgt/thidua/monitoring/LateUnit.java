package vn.atgt.thidua.monitoring;

import java.time.Instant;
import java.util.List;

import vn.atgt.thidua.unit.UnitKind;

/**
 * A unit on the late list: its items overdue (oldest due date first), its person in charge and contact from the
 * campaign's participants, and when the standing office last urged it in this campaign ({@code lastUrgedAt} null
 * when never; {@code lastUrgingSample} when that urging is demo data).
 */
public record LateUnit(Long unitId, String unitName, UnitKind unitKind, String contactName, String contactPosition,
		String contactPhone, String contactEmail, List<LateItem> items, Instant lastUrgedAt,
		boolean lastUrgingSample) {

	/** The days overdue of its oldest late item: what the list is sorted by. */
	public int daysOverdue() {
		return items.stream().mapToInt(LateItem::overdueDays).max().orElse(0);
	}
}
