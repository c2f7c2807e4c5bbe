package vn.atgt.thidua.commendation;

import vn.atgt.thidua.campaign.CampaignView;

/** The office's commendation settings page: the campaign it was opened from and its committee's settings. */
public record SettingsPage(CampaignView campaign, CommendationSettingsView settings) {
}
