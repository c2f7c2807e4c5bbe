package vn.atgt.thidua.campaign;

import java.time.LocalDate;

import vn.atgt.thidua.unit.UnitKind;

/**
 * A unit that takes part in a campaign, with its person in charge (đầu mối) and, when it did not take part from the
 * start or stopped early, the days it joined and left.
 */
public record ParticipantView(Long id, Long campaignId, Long unitId, String unitName, String unitShortName,
		UnitKind unitKind, String contactName, String contactPosition, String contactPhone, String contactEmail,
		LocalDate joinedOn, LocalDate leftOn, long version) {

	/**
	 * True when the unit is expected to report for the period: it took part during some day of it (joined on or before
	 * the period's last day, and had not left before its first day). A unit that joined late is not expected to report
	 * for the periods that ended before it joined.
	 */
	public boolean participatesIn(PeriodView period) {
		return (joinedOn == null || !joinedOn.isAfter(period.endDate()))
				&& (leftOn == null || !leftOn.isBefore(period.startDate()));
	}

	/** The short name where there is one (tables), else the full name. */
	public String unitLabel() {
		return unitShortName == null || unitShortName.isBlank() ? unitName : unitShortName;
	}
}
