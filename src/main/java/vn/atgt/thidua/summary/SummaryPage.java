package vn.atgt.thidua.summary;

import java.util.List;

import vn.atgt.thidua.campaign.CampaignView;

/** One report with the narratives the office may quote, and what the user may do with it. */
public record SummaryPage(CampaignView campaign, SummaryView report, List<HighlightOption> options,
		SummaryActions actions) {
}
