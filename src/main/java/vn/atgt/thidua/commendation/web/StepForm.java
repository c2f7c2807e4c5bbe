package vn.atgt.thidua.commendation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A step of a proposal's workflow as its button or small form sends it: the version the page showed, and for the
 * steps that need them a reason (return, rejection, not awarded) or the decision (number, date, issuer); each handler
 * checks the fields its step needs.
 */
record StepForm(@NotNull(message = "{validation.staleForm}") Long version,
		@Size(max = 2000, message = "{validation.tooLong}") String reason,
		@Size(max = 50, message = "{validation.tooLong}") String decisionNumber,
		LocalDate decidedOn,
		@Size(max = 300, message = "{validation.tooLong}") String decisionIssuer) {

	static StepForm of(long version) {
		return new StepForm(version, "", "", null, "");
	}
}
