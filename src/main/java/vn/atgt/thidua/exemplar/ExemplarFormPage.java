package vn.atgt.thidua.exemplar;

import vn.atgt.thidua.campaign.CampaignView;

/** The form that adds ({@code exemplarId} null) or edits an exemplar of the unit. */
public record ExemplarFormPage(CampaignView campaign, Long exemplarId, String unitName, ExemplarCommand details,
		long version) {
}
