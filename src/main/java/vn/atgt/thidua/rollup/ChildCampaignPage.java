package vn.atgt.thidua.rollup;

import java.util.List;

import vn.atgt.thidua.accident.AccidentComparison;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.report.CompletionCount;

/**
 * The drill-down into a child's campaign, read-only: its row of the roll-up, its accident months against the baseline
 * and the completion of its approved targets (the whole campaign: met, on track, behind).
 */
public record ChildCampaignPage(CampaignView campaign, String committeeName, ChildRow row,
		AccidentComparison accidents, CompletionCount completion, RollupActions actions) {
}
