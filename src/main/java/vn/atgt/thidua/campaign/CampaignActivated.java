package vn.atgt.thidua.campaign;

/** Published when a campaign starts running: units may now register targets and report. */
public record CampaignActivated(Long campaignId) {
}
