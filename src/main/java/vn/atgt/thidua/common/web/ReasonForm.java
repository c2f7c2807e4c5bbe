package vn.atgt.thidua.common.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The standing office's reason for returning or reopening an item (a registration, a report), and for a return the
 * comments on its single lines (by id; blank ones are left out); {@code version} is the item's as the page showed it
 * (a {@code Long}, so that a form posted without it, or with something else, is a field error and not a form that
 * cannot be built).
 */
public record ReasonForm(
		@NotBlank(message = "{validation.reasonRequired}") @Size(max = 2000, message = "{validation.tooLong}") String reason,
		Map<Long, String> comments,
		@NotNull(message = "{validation.staleForm}") Long version) {

	public static ReasonForm empty(long version) {
		return new ReasonForm("", new HashMap<>(), version);
	}

	/** The comments that say something. */
	public Map<Long, String> givenComments() {
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
