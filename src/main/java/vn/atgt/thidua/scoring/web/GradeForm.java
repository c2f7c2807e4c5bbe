package vn.atgt.thidua.scoring.web;

import jakarta.validation.constraints.NotNull;

/** A new grade of the table: its name and threshold (as text); {@code version} is the table's as shown. */
record GradeForm(String name, String minPoints, @NotNull(message = "{validation.staleForm}") Long version) {

	static GradeForm empty(long version) {
		return new GradeForm("", "", version);
	}
}
