package vn.atgt.thidua.accident;

import org.springframework.data.domain.Page;

import vn.atgt.thidua.campaign.CampaignView;

/**
 * The comparison page of a campaign: the campaign, its {@link AccidentComparison}, the month the by-area table is
 * scoped to (null: from the start), one page of that table's rows (a province has 170 communes: the whole table weighed
 * most of the page), and what the user may do.
 */
public record ComparisonPage(CampaignView campaign, AccidentComparison comparison, MonthComparison scopeMonth,
		Page<AreaComparison> byArea, AccidentActions actions) {
}
