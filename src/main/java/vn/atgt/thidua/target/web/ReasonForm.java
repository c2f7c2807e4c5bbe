package vn.atgt.thidua.target.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The standing office's reason for returning or reopening a registration, and for a return the comments per target
 * (by target id; blank ones are left out).
 */
record ReasonForm(
		@NotBlank(message = "{target.reason.required}") @Size(max = 2000, message = "{validation.tooLong}") String reason,
		Map<Long, String> comments,
		long version) {

	static ReasonForm empty(long version) {
		return new ReasonForm("", new HashMap<>(), version);
	}

	/** The comments that say something. */
	Map<Long, String> givenComments() {
		Map<Long, String> given = new HashMap<>();
		if (comments != null) {
			comments.forEach((id, text) -> {
				if (id != null && text != null && !text.isBlank()) {
					given.put(id, text.strip());
				}
			});
		}
		return given;
	}
}
