package vn.atgt.thidua.exemplar;

import java.time.Instant;

import vn.atgt.thidua.common.persistence.HistoryLine;

/** One step of an exemplar's workflow: from, to, the reason of a return, who and when. */
public record ExemplarHistoryRow(ExemplarStatus from, ExemplarStatus to, String reason, Instant at,
		String byUsername, String byName) implements HistoryLine {
}
