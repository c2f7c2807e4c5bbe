package vn.atgt.thidua.campaign;

import java.time.LocalDate;

/** The person in charge of a participating unit, and when the unit joined or left the campaign (both optional). */
public record ParticipantCommand(String contactName, String contactPosition, String contactPhone,
		String contactEmail, LocalDate joinedOn, LocalDate leftOn) {
}
