package vn.atgt.thidua.registration;

import java.util.List;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.TaskAreaView;

/**
 * A set-up form of the standing office: the campaign and its task areas, with the suggested indicator being changed
 * (null for a new one or on the deadline form) and the registration deadline as it stands.
 */
public record SetupFormPage(CampaignView campaign, List<TaskAreaView> taskAreas, SuggestedIndicatorView suggestion,
		RegistrationDeadlineView deadline) {
}
