package vn.atgt.thidua.commendation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The voting meeting to record: date, chair, secretary, members, threshold, and the votes for each nominee (by id). */
public record MeetingCommand(LocalDate heldOn, String chair, String secretary, int membersPresent, int membersTotal,
		BigDecimal voteThreshold, Map<Long, Integer> votes) {

	public MeetingCommand {
		votes = votes == null ? Map.of() : Map.copyOf(votes);
	}
}
