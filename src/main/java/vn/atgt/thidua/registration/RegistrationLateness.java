package vn.atgt.thidua.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.registration.internal.StandingRow;

/**
 * Where a unit stands with its registration and how late it is against the campaign's deadline: the one rule behind
 * the door's {@link RegistrationService#registrationStatuses} and the overview page's rows
 * ({@link RegistrationQueries}), so that the monitoring matrix and the overview never count a day differently.
 */
final class RegistrationLateness {

	private RegistrationLateness() {
	}

	/** Where the unit stands, with its lateness against the deadline as of {@code today}. */
	static RegistrationStatusRow standing(StandingRow row, LocalDate today) {
		return new RegistrationStatusRow(row.unitId(), row.registrationId(), row.status(), row.firstSubmittedAt(),
				row.lastSubmittedAt(), row.decidedAt(), row.deadline(),
				lateDays(row.deadline(), row.status(), row.lastSubmittedAt(), today));
	}

	/** Calendar days after the deadline: until the latest submission when it is in, else until today. */
	static Integer lateDays(LocalDate deadline, RegistrationStatus status, Instant lastSubmittedAt, LocalDate today) {
		if (deadline == null) {
			return null;
		}
		LocalDate until = status != null && status.isSubmitted() && lastSubmittedAt != null
				? LocalDate.ofInstant(lastSubmittedAt, Formats.ZONE)
				: today;
		return (int) Math.max(0, ChronoUnit.DAYS.between(deadline, until));
	}
}
