package vn.atgt.thidua.monitoring;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.registration.RegistrationStatusRow;
import vn.atgt.thidua.report.ReportStatusRow;

/**
 * Where the units of a campaign stand with their items as of {@code today}, as the report and registration modules'
 * status reads say (a unit that has not opened an item has no row), made into matrix cells by {@link CellRules}.
 */
record Statuses(Long campaignId, LocalDate today, Map<UnitPeriod, ReportStatusRow> reports,
		Map<Long, RegistrationStatusRow> registrations) {

	/** The key of a report's status: its unit and period. */
	record UnitPeriod(Long unitId, Long periodId) {
	}

	/** The cell of the unit's registration. */
	MatrixCell registration(Long unitId) {
		return CellRules.registration(campaignId, unitId, registrations.get(unitId), today);
	}

	/** The cell of the participant's report for the period. */
	MatrixCell report(PeriodView period, ParticipantView participant) {
		return CellRules.report(campaignId, period, participant,
				reports.get(new UnitPeriod(participant.unitId(), period.id())), today);
	}

	/** The row of the unit's report for the period, null while it has not opened it. */
	ReportStatusRow reportRow(Long unitId, Long periodId) {
		return reports.get(new UnitPeriod(unitId, periodId));
	}

	/** The campaign's registration deadline (every row carries it), null when none was set. */
	LocalDate registrationDeadline() {
		return registrations.values().stream().map(RegistrationStatusRow::deadline).filter(Objects::nonNull)
			.findFirst().orElse(null);
	}
}
