package vn.atgt.thidua.commendation;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.commendation.internal.Proposal;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.storage.FileStorage;
import vn.atgt.thidua.common.storage.StoredFile;

/**
 * The attached parts of a proposal's dossier, kept in the common {@link FileStorage}: the signed achievement report
 * (instead of, or beside, the one written on the form) and the certification of initiatives or the province's evidence.
 * Attached by those who prepare the proposal while it is a draft or returned; a new file replaces the earlier one;
 * downloaded by whoever reads the proposal ({@link CommendationAccess#requireReadable}).
 */
@Service
@Transactional(readOnly = true)
public class ProposalFileService {

	private final ProposalLoader loader;
	private final CommendationAccess access;
	private final CampaignService campaigns;
	private final FileStorage storage;

	ProposalFileService(ProposalLoader loader, CommendationAccess access, CampaignService campaigns,
			FileStorage storage) {
		this.loader = loader;
		this.access = access;
		this.campaigns = campaigns;
		this.storage = storage;
	}

	/**
	 * Attaches the file as the achievement report ({@link DossierPart#ACHIEVEMENT_REPORT}) or as the certification or
	 * evidence (any other part but the submission, which is generated).
	 * @throws FieldException {@code file} without a file or for one the storage refuses; {@code part} for the submission
	 */
	@Transactional
	public void attach(CurrentUser user, Long campaignId, Long proposalId, long version, DossierPart part,
			String name, byte[] content) {
		Proposal p = loader.load(campaignId, proposalId);
		access.requirePreparer(user, campaignId, p.getUnitId());
		campaigns.requireOpen(campaignId);
		StaleDataException.check(p, version);
		if (part == null || part == DossierPart.SUBMISSION || part == DossierPart.MEETING_MINUTES) {
			throw new FieldException("part", "proposal.file.part");
		}
		if (content == null || content.length == 0) {
			throw new FieldException("file", "proposal.file.none");
		}
		StoredFile stored;
		try {
			stored = storage.store(name, content);
		}
		catch (DomainException e) {
			throw new FieldException("file", "proposal.file.refused", name == null ? "" : name,
					new DefaultMessageSourceResolvable(new String[] { e.messageKey() }, e.arguments()));
		}
		if (part == DossierPart.ACHIEVEMENT_REPORT) {
			p.attachReport(stored.id());
		}
		else {
			p.attachCertificate(stored.id());
		}
	}

	/**
	 * The attached achievement report, or the attached certification or evidence (one file holds either).
	 * @throws NotFoundException unless the user reads the proposal and it has such a file
	 */
	public ProposalFile file(CurrentUser user, Long campaignId, Long proposalId, DossierPart part) {
		Proposal p = loader.load(campaignId, proposalId);
		access.requireReadable(user, campaignId, p.getUnitId());
		Long fileId = part == null ? null : switch (part) {
			case ACHIEVEMENT_REPORT -> p.getReportFileId();
			case INITIATIVE_CERTIFICATE, EVIDENCE -> p.getCertificateFileId();
			case SUBMISSION, MEETING_MINUTES -> null;
		};
		if (fileId == null) {
			throw new NotFoundException("file of proposal", proposalId);
		}
		return read(fileId);
	}

	/** A stored file of a proposal; the caller has checked that the user reads the proposal. */
	ProposalFile read(Long fileId) {
		StoredFile stored = storage.describe(fileId);
		return new ProposalFile(stored.name(), stored.contentType(), storage.content(fileId));
	}
}
