package vn.atgt.thidua.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.TaskAreaView;

/**
 * The standing office's table of every participating unit: one page of rows under the filter, how many units stand at
 * each status ({@link RegistrationFilter#NOT_STARTED} included, in workflow order) and how many are late, over the
 * whole campaign; the deadline, the task areas (one column each) and what the user may do.
 */
public record OverviewPage(CampaignView campaign, List<TaskAreaView> taskAreas, LocalDate deadline,
		RegistrationFilter filter, Page<RegistrationOverviewRow> rows, Map<String, Long> statusCounts, long lateCount,
		OverviewActions actions) {

	/** Every participating unit. */
	public long unitCount() {
		return statusCounts.values().stream().mapToLong(Long::longValue).sum();
	}

	/** The values of the status filter. */
	public Set<String> statuses() {
		return statusCounts.keySet();
	}
}
