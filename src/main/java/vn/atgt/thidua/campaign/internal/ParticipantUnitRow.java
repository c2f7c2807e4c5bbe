package vn.atgt.thidua.campaign.internal;

import java.time.LocalDate;

/** A participant with its unit's name and kind, read in one statement ({@link ParticipantRepository#withUnits}). */
public interface ParticipantUnitRow {

	Long getId();

	Long getCampaignId();

	Long getUnitId();

	String getUnitName();

	String getUnitShortName();

	String getUnitKind();

	String getContactName();

	String getContactPosition();

	String getContactPhone();

	String getContactEmail();

	LocalDate getJoinedOn();

	LocalDate getLeftOn();

	Long getVersion();
}
