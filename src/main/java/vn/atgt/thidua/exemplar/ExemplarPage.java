package vn.atgt.thidua.exemplar;

import java.util.List;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.unit.UnitSummary;

/** An exemplar's page: the campaign, the exemplar, the user's actions, the units it may be replicated in. */
public record ExemplarPage(CampaignView campaign, ExemplarView exemplar, ExemplarActions actions,
		List<UnitSummary> replicationUnits) {
}
