package vn.atgt.thidua.commendation;

import java.util.List;

import vn.atgt.thidua.campaign.CampaignView;

/** The meeting form: the nominees the office accepted (to vote on) and the committee's threshold. */
public record MeetingPage(CampaignView campaign, List<ProposalRow> nominees, CommendationSettingsView settings) {
}
