package vn.atgt.thidua.unit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** "From this date, this area belongs to that one." */
record SuccessionForm(@NotNull(message = "{validation.required}") Long successorId,
		@NotNull(message = "{validation.required}") LocalDate effectiveDate) {

	static SuccessionForm empty() {
		return new SuccessionForm(null, null);
	}
}
