package vn.atgt.thidua.exemplar;

import java.time.Instant;

/** One step of an exemplar's workflow: from, to, the reason of a return, who and when. */
public record ExemplarHistoryRow(ExemplarStatus from, ExemplarStatus to, String reason, Instant at, String username,
		String name) {

	/** The name of who made the step, or her user name. */
	public String by() {
		return name != null ? name : username;
	}
}
