package vn.atgt.thidua.campaign;

import java.util.List;

import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * The create or edit form of a campaign: the campaign (null for a new one), the active committees that may launch
 * one, the committee a new one is proposed for, whether the campaign may still be edited (a closed one may not), and
 * the parent committee's campaigns it may follow.
 */
public record CampaignFormPage(CampaignView campaign, List<CommitteeSummary> committees, Long proposedCommitteeId,
		boolean editable, List<CampaignSummary> followable) {
}
