package vn.atgt.thidua.commendation;

import java.time.Instant;

/** One step of a proposal: from, to, the reason, who and when. */
public record ProposalHistoryRow(ProposalStatus from, ProposalStatus to, String reason, Instant at, String username,
		String name) {

	public String by() {
		return name != null ? name : username;
	}
}
