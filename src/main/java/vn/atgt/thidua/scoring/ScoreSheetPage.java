package vn.atgt.thidua.scoring;

import java.util.Map;

import vn.atgt.thidua.campaign.CampaignView;

/**
 * A unit's score page: the table, the score with its lines and history, what the unit's own points and the counted
 * (reviewed) points add up to, the grade the counted total reaches, the exclusion recorded (or null), and what the
 * user may do; {@code suggestions}: the points data suggests for the lines that have a rule, by criterion id.
 */
public record ScoreSheetPage(CampaignView campaign, ScoreTableView table, ScoreView score, String unitName,
		Breakdown self, Breakdown counted, GradeView grade, boolean passes, ExclusionView exclusion,
		ScoringActions actions, boolean mayExclude, Map<Long, CriterionSuggestion> suggestions) {
}
