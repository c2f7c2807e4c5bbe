package vn.atgt.thidua.monitoring;

import java.util.List;

import vn.atgt.thidua.unit.UnitKind;

/**
 * Where one participating unit stands with all its items (its registration and its reports) as of today: the counts
 * over them, the items returned and waiting for its correction, and those overdue (not in after their due date), each
 * with the standing office's page of the item ({@link LateItem#link()}).
 */
public record UnitStanding(Long unitId, String unitName, UnitKind unitKind, Totals totals, List<LateItem> returned,
		List<LateItem> overdue) {

	/** True when the unit has sent nothing at all although something of it is overdue. */
	public boolean nothingSent() {
		return totals.submitted() == 0 && !overdue.isEmpty();
	}

	public boolean hasReturned() {
		return !returned.isEmpty();
	}
}
