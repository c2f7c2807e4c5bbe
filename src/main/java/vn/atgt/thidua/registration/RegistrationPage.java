package vn.atgt.thidua.registration;

import java.util.List;
import java.util.Map;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.TaskAreaView;

/**
 * A unit's registration page (and the office's return and reopen forms): the campaign it belongs to, the registration
 * with its targets and history, the task areas, the suggested indicators the unit has not picked yet (by task area id;
 * empty on the forms) and what the user may do with it.
 */
public record RegistrationPage(CampaignView campaign, RegistrationView registration, List<TaskAreaView> taskAreas,
		Map<Long, List<SuggestedIndicatorView>> openSuggestions, RegistrationActions actions) {
}
