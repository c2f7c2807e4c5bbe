package vn.atgt.thidua.report;

import java.util.List;

import org.springframework.data.domain.Page;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.campaign.TaskAreaView;

/**
 * The standing office's queue: one page of the submitted reports, oldest first, with the filters applied; the periods,
 * task areas and units to filter by; {@code decide}: the user may accept or return from the queue.
 */
public record ReviewQueuePage(CampaignView campaign, Page<ReviewRow> rows, List<PeriodView> periods,
		List<TaskAreaView> taskAreas, List<ParticipantView> units, ReportFilter filter, boolean decide) {
}
