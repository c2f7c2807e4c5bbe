package vn.atgt.thidua.document;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.commendation.Dossier;
import vn.atgt.thidua.commendation.DossierService;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.storage.FileKind;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeView;

/**
 * The documents of a campaign's commendation dossier, generated from the commendation module's door on request
 * (nothing is stored): the tờ trình with the nominee list as its annex, and the biên bản of the voting meeting. Who may
 * draft them is the commendation module's policy (those who see every unit), which its door checks.
 */
@Service
@Transactional(readOnly = true)
public class CommendationDocuments {

	private final DossierService dossiers;
	private final CommitteeService committees;
	private final CommitteeDocuments committeeDocuments;
	private final DocxWriter writer;

	CommendationDocuments(DossierService dossiers, CommitteeService committees, CommitteeDocuments committeeDocuments,
			DocxWriter writer) {
		this.dossiers = dossiers;
		this.committees = committees;
		this.committeeDocuments = committeeDocuments;
		this.writer = writer;
	}

	/**
	 * The tờ trình đề nghị khen thưởng with its list of the approved nominees.
	 * @throws DomainException {@code document.dossier.empty} while no nominee is approved
	 */
	public DocumentFile submission(CurrentUser user, Long campaignId) {
		Dossier dossier = dossiers.dossier(user, campaignId);
		if (dossier.approved().isEmpty()) {
			throw new DomainException("document.dossier.empty");
		}
		return submission(dossier, committees.get(dossier.campaign().committeeId()));
	}

	DocumentFile submission(Dossier dossier, CommitteeView committee) {
		OfficialDocument doc = new CommendationSubmission(dossier, committee)
			.compose(committeeDocuments.draft(committee, DocumentType.SUBMISSION));
		return new DocumentFile(CommendationSubmission.FILE_NAME, FileKind.DOCX, writer.write(doc));
	}

	/**
	 * The biên bản of the latest voting meeting.
	 * @throws DomainException {@code document.dossier.noMeeting} before any meeting
	 */
	public DocumentFile minutes(CurrentUser user, Long campaignId) {
		Dossier dossier = dossiers.dossier(user, campaignId);
		if (dossier.meeting() == null) {
			throw new DomainException("document.dossier.noMeeting");
		}
		return minutes(dossier, committees.get(dossier.campaign().committeeId()));
	}

	DocumentFile minutes(Dossier dossier, CommitteeView committee) {
		OfficialDocument doc = new VotingMinutes(dossier, committee)
			.compose(committeeDocuments.draft(committee, DocumentType.MINUTES));
		return new DocumentFile(VotingMinutes.FILE_NAME, FileKind.DOCX, writer.write(doc));
	}
}
