package vn.atgt.thidua.campaign.internal;

import java.time.LocalDate;

/** A participant as stored here; the unit's name comes from the unit module. */
public record ParticipantRow(Long id, Long campaignId, Long unitId, String contactName, String contactPosition,
		String contactPhone, String contactEmail, LocalDate joinedOn, LocalDate leftOn, long version) {
}
