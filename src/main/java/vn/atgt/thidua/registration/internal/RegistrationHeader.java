package vn.atgt.thidua.registration.internal;

import java.time.Instant;

import vn.atgt.thidua.registration.RegistrationStatus;

/** The scalar fields of a registration, read without its targets. */
public record RegistrationHeader(Long id, RegistrationStatus status, Instant firstSubmittedAt, Instant lastSubmittedAt,
		Instant decidedAt, String officeNote, long version) {
}
