package vn.atgt.thidua.campaign;

import java.util.List;

/**
 * The campaign's tab of units: the campaign, the units that take part, how many active member units of the committee
 * do not take part yet, what the user may do.
 */
public record ParticipantsPage(CampaignView campaign, List<ParticipantView> participants, int missing,
		CampaignActions actions) {
}
