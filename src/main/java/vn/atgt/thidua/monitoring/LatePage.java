package vn.atgt.thidua.monitoring;

import java.util.List;

import org.springframework.data.domain.Page;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.PeriodView;

/**
 * The late list page: the campaign's header, the item selected, the reporting periods to select from, one page of the
 * late units (a province has hundreds) and what the user may do with them.
 */
public record LatePage(CampaignView campaign, ItemSelection selection, List<PeriodView> periods, Page<LateUnit> units,
		MonitoringActions actions) {
}
