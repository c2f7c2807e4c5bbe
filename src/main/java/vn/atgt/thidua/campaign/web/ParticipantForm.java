package vn.atgt.thidua.campaign.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.campaign.ParticipantCommand;
import vn.atgt.thidua.campaign.ParticipantView;

/** A participating unit's person in charge, and when the unit joined or left. The unit is chosen when adding only. */
record ParticipantForm(
		Long unitId,
		@Size(max = 150, message = "{validation.tooLong}") String contactName,
		@Size(max = 200, message = "{validation.tooLong}") String contactPosition,
		@Pattern(regexp = "[0-9 +().-]*", message = "{validation.phone}") @Size(max = 30, message = "{validation.tooLong}") String contactPhone,
		@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String contactEmail,
		LocalDate joinedOn,
		LocalDate leftOn,
		long version) {

	static ParticipantForm empty() {
		return new ParticipantForm(null, "", "", "", "", null, null, 0);
	}

	static ParticipantForm of(ParticipantView p) {
		return new ParticipantForm(p.unitId(), p.contactName(), p.contactPosition(), p.contactPhone(),
				p.contactEmail(), p.joinedOn(), p.leftOn(), p.version());
	}

	ParticipantCommand toCommand() {
		return new ParticipantCommand(CampaignPages.blankToNull(contactName), CampaignPages.blankToNull(contactPosition),
				CampaignPages.blankToNull(contactPhone), CampaignPages.blankToNull(contactEmail), joinedOn, leftOn);
	}
}
