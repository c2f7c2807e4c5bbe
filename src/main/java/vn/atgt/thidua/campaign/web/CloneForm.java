package vn.atgt.thidua.campaign.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.campaign.CloneCommand;

/** The clone form: the new plan and dates; the rest is copied. */
record CloneForm(
		@NotBlank(message = "{campaign.planNumber.required}") @Size(max = 50, message = "{validation.tooLong}") String planNumber,
		@NotNull(message = "{campaign.planDate.required}") LocalDate planDate,
		@NotBlank(message = "{campaign.title.required}") @Size(max = 500, message = "{validation.tooLong}") String title,
		@Size(max = 500, message = "{validation.tooLong}") String theme,
		@NotNull(message = "{campaign.startDate.required}") LocalDate startDate,
		@NotNull(message = "{campaign.endDate.required}") LocalDate endDate,
		@NotNull(message = "{campaign.baselineYear.required}") @Min(value = 1900, message = "{campaign.baselineYear.range}")
		@Max(value = 2200, message = "{campaign.baselineYear.range}") Integer baselineYear) {

	static CloneForm of(CloneCommand c) {
		return new CloneForm(c.planNumber(), c.planDate(), c.title(), c.theme(), c.startDate(), c.endDate(),
				c.baselineYear());
	}

	CloneCommand toCommand() {
		return new CloneCommand(planNumber.strip(), planDate, title.strip(), CampaignPages.blankToNull(theme), startDate,
				endDate, baselineYear);
	}
}
