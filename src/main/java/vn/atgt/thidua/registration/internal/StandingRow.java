package vn.atgt.thidua.registration.internal;

import java.time.Instant;
import java.time.LocalDate;

import vn.atgt.thidua.registration.RegistrationStatus;
import vn.atgt.thidua.unit.UnitKind;

/**
 * One participating unit as the SQL of the standings reads it: its name and kind, its registration's id, status and
 * dates (nulls when it has not started), and the campaign's registration deadline (null when none is set). Mapped from
 * native SQL by {@link TargetRegistration#STANDING_ROW}.
 */
public record StandingRow(Long unitId, String unitName, UnitKind unitKind, Long registrationId,
		RegistrationStatus status, Instant firstSubmittedAt, Instant lastSubmittedAt, Instant decidedAt,
		LocalDate deadline) {

	/** The standing of one unit from its registration's header ({@code header} null when it has not started). */
	public static StandingRow of(Long unitId, RegistrationHeader header, LocalDate deadline) {
		return header == null
				? new StandingRow(unitId, null, (UnitKind) null, null, (RegistrationStatus) null, null, null, null,
						deadline)
				: new StandingRow(unitId, null, null, header.id(), header.status(), header.firstSubmittedAt(),
						header.lastSubmittedAt(), header.decidedAt(), deadline);
	}

	/** As the result set mapping calls it: the enums as their names in the database. */
	public StandingRow(Long unitId, String unitName, String unitKind, Long registrationId, String status,
			Instant firstSubmittedAt, Instant lastSubmittedAt, Instant decidedAt, LocalDate deadline) {
		this(unitId, unitName, unitKind == null ? null : UnitKind.valueOf(unitKind), registrationId,
				status == null ? null : RegistrationStatus.valueOf(status), firstSubmittedAt, lastSubmittedAt,
				decidedAt, deadline);
	}
}
