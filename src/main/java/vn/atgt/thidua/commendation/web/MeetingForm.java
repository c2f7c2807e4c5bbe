package vn.atgt.thidua.commendation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.commendation.MeetingCommand;

/** The voting meeting as its form sends it; the votes by proposal id (empty inputs are left out). */
record MeetingForm(
		@NotNull(message = "{meeting.heldOn.required}") LocalDate heldOn,
		@NotBlank(message = "{meeting.chair.required}") @Size(max = 150, message = "{validation.tooLong}") String chair,
		@NotBlank(message = "{meeting.secretary.required}") @Size(max = 150, message = "{validation.tooLong}") String secretary,
		@NotNull(message = "{meeting.members.required}") @Min(value = 1, message = "{meeting.members.range}") @Max(value = 500, message = "{meeting.members.range}") Integer membersPresent,
		@NotNull(message = "{meeting.members.required}") @Min(value = 1, message = "{meeting.members.range}") @Max(value = 500, message = "{meeting.members.range}") Integer membersTotal,
		@NotNull(message = "{meeting.threshold.required}") @DecimalMin(value = "0.01", message = "{meeting.threshold.range}") @DecimalMax(value = "100", message = "{meeting.threshold.range}") BigDecimal voteThreshold,
		Map<Long, Integer> votes) {

	static MeetingForm empty(BigDecimal threshold) {
		return new MeetingForm(null, "", "", null, null, threshold, new HashMap<>());
	}

	MeetingCommand toCommand() {
		Map<Long, Integer> given = new HashMap<>();
		if (votes != null) {
			votes.forEach((id, n) -> {
				if (id != null && n != null) {
					given.put(id, n);
				}
			});
		}
		return new MeetingCommand(heldOn, chair, secretary, membersPresent, membersTotal, voteThreshold, given);
	}
}
