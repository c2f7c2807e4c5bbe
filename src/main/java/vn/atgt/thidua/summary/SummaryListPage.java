package vn.atgt.thidua.summary;

import java.util.List;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.PeriodView;

/** The campaign's reports, the periods a six-month report may cover, and what the user may do. */
public record SummaryListPage(CampaignView campaign, List<SummaryRow> reports, List<PeriodView> periods,
		SummaryActions actions) {
}
