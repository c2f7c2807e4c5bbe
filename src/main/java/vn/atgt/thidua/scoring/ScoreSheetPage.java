package vn.atgt.thidua.scoring;

import vn.atgt.thidua.campaign.CampaignView;

/**
 * A unit's score page: the table, the score with its lines and history, what the unit's own points and the counted
 * (reviewed) points add up to, the grade the counted total reaches, the exclusion recorded (or null), and what the
 * user may do.
 */
public record ScoreSheetPage(CampaignView campaign, ScoreTableView table, ScoreView score, String unitName,
		Breakdown self, Breakdown counted, GradeView grade, boolean passes, ExclusionView exclusion,
		ScoringActions actions, boolean mayExclude) {
}
