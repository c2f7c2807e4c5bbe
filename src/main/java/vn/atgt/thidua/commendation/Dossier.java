package vn.atgt.thidua.commendation;

import java.util.List;

import vn.atgt.thidua.campaign.CampaignView;

/**
 * What the dossier's documents are written from: the campaign, the nominees the council approved (for the tờ trình
 * and its list), the nominees voted on at the latest meeting with the meeting (for the biên bản; null before any
 * meeting), and the fairness figures.
 */
public record Dossier(CampaignView campaign, List<DossierEntry> approved, List<DossierEntry> voted,
		MeetingView meeting, Fairness fairness) {
}
