package vn.atgt.thidua.accident;

import java.time.Instant;

import vn.atgt.thidua.common.persistence.HistoryLine;

/**
 * A step in the life of a month's figures: what was done (saved, imported, confirmed, reopened), from which status to
 * which ({@code from} is null when the figures were first entered), why (a reopen's reason), when and by whom.
 */
public record SheetHistoryRow(SheetAction action, SheetStatus from, SheetStatus to, String reason, Instant at,
		String byUsername, String byName) implements HistoryLine {
}
