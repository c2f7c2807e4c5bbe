package vn.atgt.thidua.scoring.web;

import jakarta.validation.constraints.NotNull;

/** The office records an exclusion condition as met by the unit, with what shows it. */
record ExcludeForm(Long exclusionId, String note, @NotNull(message = "{validation.staleForm}") Long version) {

	static ExcludeForm empty(long version) {
		return new ExcludeForm(null, "", version);
	}
}
