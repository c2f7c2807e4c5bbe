package vn.atgt.thidua.registration.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.registration.SuggestedIndicatorCommand;
import vn.atgt.thidua.registration.SuggestedIndicatorView;
import vn.atgt.thidua.registration.TargetDirection;

/** A suggested indicator as the standing office writes it. */
record SuggestionForm(
		@NotNull(message = "{target.taskArea.required}") Long taskAreaId,
		@NotBlank(message = "{suggestion.name.required}") @Size(max = 300, message = "{validation.tooLong}") String name,
		@NotBlank(message = "{target.unitOfMeasure.required}") @Size(max = 50, message = "{validation.tooLong}") String unitOfMeasure,
		@NotNull(message = "{target.direction.required}") TargetDirection direction,
		@Size(max = 1000, message = "{validation.tooLong}") String guidance,
		long version) {

	static SuggestionForm empty(Long taskAreaId) {
		return new SuggestionForm(taskAreaId, "", "", TargetDirection.AT_LEAST, "", 0);
	}

	static SuggestionForm of(SuggestedIndicatorView s) {
		return new SuggestionForm(s.taskAreaId(), s.name(), s.unitOfMeasure(), s.direction(), s.guidance(),
				s.version());
	}

	SuggestedIndicatorCommand toCommand() {
		return new SuggestedIndicatorCommand(taskAreaId, name.strip(), unitOfMeasure.strip(), direction,
				TargetPages.blankToNull(guidance));
	}
}
