package vn.atgt.thidua.campaign.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.campaign.TaskAreaCommand;
import vn.atgt.thidua.campaign.TaskAreaView;

/** A task area's heading and the plan's paragraph. */
record TaskAreaForm(
		@NotBlank(message = "{taskArea.title.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@Size(max = 4000, message = "{validation.tooLong}") String description,
		long version) {

	static TaskAreaForm empty() {
		return new TaskAreaForm("", "", 0);
	}

	static TaskAreaForm of(TaskAreaView area) {
		return new TaskAreaForm(area.title(), area.description(), area.version());
	}

	TaskAreaCommand toCommand() {
		return new TaskAreaCommand(title.strip(), CampaignPages.blankToNull(description));
	}
}
