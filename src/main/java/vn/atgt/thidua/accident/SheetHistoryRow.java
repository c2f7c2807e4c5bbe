package vn.atgt.thidua.accident;

import java.time.Instant;

/**
 * A step in the life of a month's figures: what was done (saved, imported, confirmed, reopened), from which status to
 * which ({@code from} is null when the figures were first entered), why (a reopen's reason), when and by whom.
 */
public record SheetHistoryRow(SheetAction action, SheetStatus from, SheetStatus to, String reason, Instant at,
		String byUsername, String byName) {

	/** The name to show for who did it. */
	public String by() {
		return byName == null || byName.isBlank() ? byUsername : byName;
	}
}
