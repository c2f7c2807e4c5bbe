package vn.atgt.thidua.rollup.internal;

import vn.atgt.thidua.accident.Cumulative;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.rollup.Participation;

/** What the database sums for one child campaign: its area, goals, accident figures, participation. */
public record ChildFigures(Long campaignId, String areaName, CampaignGoals goals, Cumulative accidents,
		Participation participation) {
}
