package vn.atgt.thidua.commendation;

import java.time.Instant;

import vn.atgt.thidua.common.persistence.HistoryLine;

/** One step of a proposal: from, to, the reason, who and when. */
public record ProposalHistoryRow(ProposalStatus from, ProposalStatus to, String reason, Instant at,
		String byUsername, String byName) implements HistoryLine {
}
