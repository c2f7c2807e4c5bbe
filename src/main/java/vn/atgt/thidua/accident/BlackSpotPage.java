package vn.atgt.thidua.accident;

import vn.atgt.thidua.campaign.CampaignView;

/** A point's page: the campaign, the point with its history and files, what the user may do with it. */
public record BlackSpotPage(CampaignView campaign, BlackSpotView spot, BlackSpotActions actions) {
}
