package vn.atgt.thidua.report;

import java.util.List;

import vn.atgt.thidua.campaign.CampaignView;

/**
 * A unit user's list of her unit's reports in a campaign, one row per period the unit takes part in; when her unit
 * does not take part ({@code participant} false) there is nothing to list. {@code open}: she may open a report for a
 * period that has begun.
 */
public record UnitReportsPage(CampaignView campaign, boolean participant, String unitName, List<ReportRow> rows,
		boolean open) {
}
