package vn.atgt.thidua.commendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.commendation.internal.CouncilMeeting;
import vn.atgt.thidua.commendation.internal.CouncilMeetingRepository;
import vn.atgt.thidua.commendation.internal.Proposal;
import vn.atgt.thidua.commendation.internal.ProposalRepository;
import vn.atgt.thidua.common.NotFoundException;

/** Finds a proposal of a campaign (another campaign's answers 404), its meeting, and what its dossier still lacks. */
@Component
class ProposalLoader {

	private final ProposalRepository proposals;
	private final CouncilMeetingRepository meetings;

	ProposalLoader(ProposalRepository proposals, CouncilMeetingRepository meetings) {
		this.proposals = proposals;
		this.meetings = meetings;
	}

	Proposal load(Long campaignId, Long proposalId) {
		return proposals.findByIdAndCampaignId(proposalId, campaignId)
			.orElseThrow(() -> new NotFoundException("proposal", proposalId));
	}

	Optional<MeetingView> meeting(Long meetingId) {
		return meetingId == null ? Optional.empty() : meetings.findById(meetingId).map(ProposalLoader::view);
	}

	static MeetingView view(CouncilMeeting m) {
		return new MeetingView(m.getId(), m.getHeldOn(), m.getChair(), m.getSecretary(), m.getMembersPresent(),
				m.getMembersTotal(), m.getVoteThreshold());
	}

	/**
	 * The parts the award form names that the proposal does not have yet: the submission and its list are generated
	 * from the data, so never missing; the achievement report is written or attached; the minutes are the meeting's
	 * votes; a certification of initiatives or the province's evidence is an attached file.
	 */
	static List<DossierPart> missingParts(Proposal p, AwardFormView form) {
		List<DossierPart> missing = new ArrayList<>();
		for (DossierPart part : form.parts()) {
			boolean present = switch (part) {
				case SUBMISSION -> true;
				case ACHIEVEMENT_REPORT -> p.getAchievementReport() != null || p.getReportFileId() != null;
				case MEETING_MINUTES -> p.getMeetingId() != null && p.getVotesFor() != null;
				case INITIATIVE_CERTIFICATE, EVIDENCE -> p.getCertificateFileId() != null;
			};
			if (!present) {
				missing.add(part);
			}
		}
		return missing;
	}
}
