package vn.atgt.thidua.commendation;

import java.time.LocalDate;
import java.util.List;

import vn.atgt.thidua.exemplar.RecognisedExemplar;

/**
 * One proposal with what its page and the dossier show: the details, the award form, the exemplars it cites (shown,
 * not retyped), the workflow's moments, the meeting's votes, the decision, the parts of the dossier still missing,
 * and whether it is a công trạng award resting only on chuyên đề ones (a warning), and the public's comments
 * while it was published (for the office only; empty for others).
 */
public record ProposalView(Long id, Long campaignId, Long unitId, String unitName, ProposalCommand details,
		AwardFormView awardForm, List<RecognisedExemplar> exemplars, ProposalStatus status, String returnReason,
		LocalDate publishedUntil, MeetingView meeting, Integer votesFor, String decisionNumber, LocalDate decidedOn,
		String decisionIssuer, String refusalReason, boolean hasReportFile, boolean hasCertificateFile,
		List<DossierPart> missingParts, boolean sample, long version, List<ProposalHistoryRow> history,
		List<AwardFormView> basisAwards, boolean thematicGroundsOnly, List<NomineeCommentRow> comments) {
}
