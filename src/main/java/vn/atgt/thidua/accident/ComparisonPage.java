package vn.atgt.thidua.accident;

import java.util.List;

import vn.atgt.thidua.campaign.CampaignView;

/**
 * The comparison page of a campaign: the campaign, its {@link AccidentComparison}, the month the by-area table is
 * scoped to (null: from the start), that table's rows, and what the user may do.
 */
public record ComparisonPage(CampaignView campaign, AccidentComparison comparison, MonthComparison scopeMonth,
		List<AreaComparison> byArea, AccidentActions actions) {
}
