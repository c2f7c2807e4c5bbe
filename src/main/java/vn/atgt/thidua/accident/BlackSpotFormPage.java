package vn.atgt.thidua.accident;

import vn.atgt.thidua.campaign.CampaignView;

/**
 * The form that adds a point ({@code spotId} null, no details) or edits one: the campaign, what the register says of
 * the point and its version, and the choices of communes and units.
 */
public record BlackSpotFormPage(CampaignView campaign, Long spotId, BlackSpotCommand details, long version,
		BlackSpotOptions options) {
}
