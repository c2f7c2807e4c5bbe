package vn.atgt.thidua.summary;

import vn.atgt.thidua.campaign.CampaignView;

/**
 * One report, the highlight picker while the user may edit it (null otherwise), and what the user may do with it.
 */
public record SummaryPage(CampaignView campaign, SummaryView report, HighlightPicker picker, SummaryActions actions) {
}
