package vn.atgt.thidua.report.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The standing office's reason for returning or reopening a report, and for a return the comments per entry (by
 * target id; blank ones are left out).
 */
record DecisionForm(
		@NotBlank(message = "{report.reason.required}") @Size(max = 2000, message = "{validation.tooLong}") String reason,
		Map<Long, String> comments,
		long version) {

	static DecisionForm empty(long version) {
		return new DecisionForm("", new HashMap<>(), version);
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
