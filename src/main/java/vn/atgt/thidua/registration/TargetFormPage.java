package vn.atgt.thidua.registration;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.TaskAreaView;

/**
 * The target form of a unit's registration: the campaign, the registration, the target being changed (null for a new
 * one), the suggested indicator a new target starts from (null when none) and the campaign's task areas.
 */
public record TargetFormPage(CampaignView campaign, RegistrationView registration, TargetView target,
		SuggestedIndicatorView suggestion, List<TaskAreaView> taskAreas) {

	public Map<Long, TaskAreaView> areasById() {
		return taskAreas.stream().collect(Collectors.toMap(TaskAreaView::id, Function.identity()));
	}
}
