package vn.atgt.thidua.scoring.web;

import jakarta.validation.constraints.NotNull;

/** A new exclusion condition of the table; {@code version} is the table's as shown. */
record ExclusionForm(String text, @NotNull(message = "{validation.staleForm}") Long version) {

	static ExclusionForm empty(long version) {
		return new ExclusionForm("", version);
	}
}
