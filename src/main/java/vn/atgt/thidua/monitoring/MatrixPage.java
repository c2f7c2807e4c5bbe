package vn.atgt.thidua.monitoring;

import java.util.List;

import org.springframework.data.domain.Page;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.TaskAreaView;

/**
 * The matrix page: the campaign's header, its status matrix (the columns' totals over every unit the filter keeps, the
 * rows of one page of units), that page of rows for the pager, the task areas to filter by, the user's actions.
 */
public record MatrixPage(CampaignView campaign, StatusMatrix matrix, Page<MatrixRow> rows, List<TaskAreaView> taskAreas,
		MonitoringActions actions) {
}
