package vn.atgt.thidua.accident.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.accident.BlackSpotStatus;

/** A step of a point's treatment: the new status and what was done. */
record MoveForm(
		@NotNull(message = "{blackSpot.status.required}") BlackSpotStatus status,
		@NotBlank(message = "{blackSpot.note.required}") @Size(max = 1000, message = "{validation.tooLong}") String note,
		long version) {

	static MoveForm next(BlackSpotStatus current, long version) {
		return new MoveForm(current.next().get(0), "", version);
	}
}
