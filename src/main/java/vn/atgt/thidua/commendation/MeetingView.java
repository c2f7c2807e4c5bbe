package vn.atgt.thidua.commendation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The voting meeting as the pages and the minutes show it. */
public record MeetingView(Long id, LocalDate heldOn, String chair, String secretary, int membersPresent,
		int membersTotal, BigDecimal voteThreshold) {

	/** The share of the members present who voted for, in percent with one decimal (8 of 9 = 88,9). */
	public BigDecimal share(Integer votesFor) {
		return votesFor == null ? null : Fairness.share(votesFor, membersPresent);
	}

	/** True when the votes reach the threshold. */
	public boolean passes(Integer votesFor) {
		return votesFor != null && BigDecimal.valueOf(votesFor * 100L)
			.compareTo(voteThreshold.multiply(BigDecimal.valueOf(membersPresent))) >= 0;
	}
}
