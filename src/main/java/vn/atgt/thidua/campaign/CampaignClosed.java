package vn.atgt.thidua.campaign;

/** Published when a campaign is closed: from now on nothing of it changes. */
public record CampaignClosed(Long campaignId) {
}
