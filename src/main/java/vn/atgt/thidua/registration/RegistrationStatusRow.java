package vn.atgt.thidua.registration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where one participating unit stands with its registration, for the monitoring matrix. {@code registrationId} and
 * {@code status} are null when the unit has not started. {@code deadline} is the campaign's registration deadline
 * (null when the office set none). {@code lateDays} counts calendar days (Asia/Ho_Chi_Minh) after the deadline: for a
 * submitted or approved registration, until the day of its latest submission (0 = on time); otherwise until today,
 * since it is not in by then (0 while the deadline has not passed); null when there is no deadline.
 */
public record RegistrationStatusRow(Long unitId, Long registrationId, RegistrationStatus status,
		Instant firstSubmittedAt, Instant lastSubmittedAt, Instant decidedAt, LocalDate deadline, Integer lateDays) {

	public boolean started() {
		return registrationId != null;
	}

	/** True when the registration in force has been sent (waiting for a decision or approved). */
	public boolean submitted() {
		return status != null && status.isSubmitted();
	}

	/** Submitted by the deadline. */
	public boolean onTime() {
		return submitted() && lateDays != null && lateDays == 0;
	}

	/** Submitted after the deadline, or still not in after it. */
	public boolean late() {
		return lateDays != null && lateDays > 0;
	}
}
