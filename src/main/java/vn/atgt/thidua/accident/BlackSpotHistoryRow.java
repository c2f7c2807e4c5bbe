package vn.atgt.thidua.accident;

import java.time.Instant;

import vn.atgt.thidua.common.persistence.HistoryLine;

/** A step of a point's treatment: from which status to which ({@code from} null when identified), the note, who, when. */
public record BlackSpotHistoryRow(BlackSpotStatus from, BlackSpotStatus to, String note, Instant at,
		String byUsername, String byName) implements HistoryLine {
}
