package vn.atgt.thidua.report;

import java.util.List;

import org.springframework.data.domain.Page;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.campaign.TaskAreaView;

/**
 * The standing office's queue: one page of the submitted reports, oldest first, with the filters applied; the periods
 * and task areas to filter by, the name of the unit filtered by ({@code filter.unitId()}, else null; units are
 * searched by name); {@code decide}: the user may accept or return from the queue.
 */
public record ReviewQueuePage(CampaignView campaign, Page<ReviewRow> rows, List<PeriodView> periods,
		List<TaskAreaView> taskAreas, String unitName, ReportFilter filter, boolean decide) {
}
