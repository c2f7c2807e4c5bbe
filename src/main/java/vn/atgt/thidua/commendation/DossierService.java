package vn.atgt.thidua.commendation;

import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.commendation.internal.CouncilMeetingRepository;
import vn.atgt.thidua.commendation.internal.ProposalRepository;
import vn.atgt.thidua.common.security.CurrentUser;

/**
 * The read other modules make of a campaign's commendation dossier (the document module writes the tờ trình with its
 * list and the biên bản from it): for those who see every unit.
 */
@Service
@Transactional(readOnly = true)
public class DossierService {

	private final ProposalRepository proposals;
	private final CouncilMeetingRepository meetings;
	private final ProposalQueries queries;
	private final AwardFormService forms;
	private final CommendationAccess access;
	private final CampaignService campaigns;

	DossierService(ProposalRepository proposals, CouncilMeetingRepository meetings, ProposalQueries queries,
			AwardFormService forms, CommendationAccess access, CampaignService campaigns) {
		this.proposals = proposals;
		this.meetings = meetings;
		this.queries = queries;
		this.forms = forms;
		this.access = access;
		this.campaigns = campaigns;
	}

	/** The campaign's dossier. */
	public Dossier dossier(CurrentUser user, Long campaignId) {
		access.requireAllUnits(user, campaignId);
		CampaignView campaign = campaigns.get(campaignId);
		List<DossierEntry> approved = entries(queries.rows(proposals.inStatus(campaignId, ProposalQueries.APPROVED)));
		MeetingView meeting = meetings.findFirstByCampaignIdOrderByHeldOnDescIdDesc(campaignId)
			.map(ProposalLoader::view).orElse(null);
		List<DossierEntry> voted = meeting == null ? List.of()
				: entries(queries.rows(proposals.inStatus(campaignId, EnumSet.allOf(ProposalStatus.class))).stream()
					.filter(r -> r.votesFor() != null).toList());
		return new Dossier(campaign, approved, voted, meeting, queries.fairness(campaignId));
	}

	private List<DossierEntry> entries(List<ProposalRow> rows) {
		java.util.Map<Long, AwardFormView> catalogue = new java.util.HashMap<>();
		return rows.stream().map(r -> new DossierEntry(r, catalogue.computeIfAbsent(r.awardFormId(), forms::view))).toList();
	}
}
