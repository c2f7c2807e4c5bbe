package vn.atgt.thidua.accident.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why confirmed figures are opened again for correction. */
record ReopenForm(
		@NotBlank(message = "{accident.reopen.reason}") @Size(max = 1000, message = "{validation.tooLong}") String reason,
		long version) {

	static ReopenForm empty(long version) {
		return new ReopenForm("", version);
	}
}
