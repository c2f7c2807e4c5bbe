package vn.atgt.thidua.campaign;

/**
 * What the signed-in user may do with a campaign, from {@link CampaignAccess#actions}; the campaign's pages show
 * exactly these buttons. Setting a campaign up is the standing office's (and administrators') work: while it is open
 * they edit its plan, add and edit task areas, add periods and add or edit units; while it is a draft they also remove
 * task areas and units and change or delete periods (afterwards registrations and reports refer to them); they start a
 * draft, close a running campaign, and clone any campaign, a closed one too.
 */
public record CampaignActions(boolean edit, boolean activate, boolean close, boolean cloneCampaign,
		boolean manageTaskAreas, boolean removeTaskAreas, boolean managePeriods, boolean changePeriods,
		boolean manageParticipants, boolean removeParticipants) {

	/** True when the user may do anything at all with the campaign (the overview shows its row of buttons). */
	public boolean any() {
		return edit || cloneCampaign;
	}
}
