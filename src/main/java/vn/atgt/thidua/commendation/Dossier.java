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

	/** The deciding levels of the approved nominees' award forms, in the list's order. */
	public List<String> deciders() {
		return approved.stream().map(e -> e.awardForm().decider()).distinct().toList();
	}

	/**
	 * The dossier sent to one deciding level: its approved nominees only, and the approved shares counted among them
	 * (the proposed shares stay the campaign's).
	 */
	public Dossier forDecider(String decider) {
		List<DossierEntry> mine = approved.stream().filter(e -> e.awardForm().decider().equals(decider)).toList();
		List<ProposalRow> people = mine.stream().map(DossierEntry::proposal)
			.filter(p -> p.kind() == NomineeKind.INDIVIDUAL).toList();
		Fairness narrowed = new Fairness(fairness.proposed(), fairness.proposedFrontLine(), fairness.proposedWomen(),
				people.size(), people.stream().filter(ProposalRow::frontLine).count(),
				people.stream().filter(p -> p.gender() == Gender.FEMALE).count());
		return new Dossier(campaign, mine, voted, meeting, narrowed);
	}
}
