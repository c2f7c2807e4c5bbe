package vn.atgt.thidua.report;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.PeriodView;

/**
 * The list of every unit's report for every period that has begun (or the period asked for), one page of it with the
 * filters applied; {@code statusCounts} counts the rows of every status ({@link ReportStatus} names, then
 * {@link ReportFilter#NOT_STARTED}; zeros included) for the period filter alone; the periods to filter by and the
 * name of the unit filtered by ({@code filter.unitId()}; null when there is none: units are searched by name, at
 * province scale 2,000 of them would not fit a drop-down).
 */
public record ReportOverviewPage(CampaignView campaign, Page<ReportRow> rows, Map<String, Long> statusCounts,
		List<PeriodView> periods, String unitName, ReportFilter filter) {
}
