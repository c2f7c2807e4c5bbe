package vn.atgt.thidua.monitoring.internal;

import java.time.LocalDate;

/** A participant of a page of the matrix or of the late list, with its unit's name and kind. */
public interface ParticipantRow {

	Long getId();

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
