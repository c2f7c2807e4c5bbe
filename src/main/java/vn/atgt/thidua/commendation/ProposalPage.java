package vn.atgt.thidua.commendation;

import vn.atgt.thidua.campaign.CampaignView;

/** A proposal's page: the campaign, the proposal and what the user may do with it. */
public record ProposalPage(CampaignView campaign, ProposalView proposal, ProposalActions actions) {
}
