package vn.atgt.thidua.commendation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.commendation.internal.CouncilMeetingRepository;
import vn.atgt.thidua.commendation.internal.Proposal;
import vn.atgt.thidua.commendation.internal.ProposalRepository;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.exemplar.ExemplarPhotoService;
import vn.atgt.thidua.exemplar.ExemplarQueries;
import vn.atgt.thidua.exemplar.PhotoFile;
import vn.atgt.thidua.exemplar.PhotoRow;

/**
 * The read other modules make of a campaign's commendation dossier (the document module writes the tờ trình with its
 * list, the biên bản, the cover list and the ZIP from it): for those who see every unit.
 */
@Service
@Transactional(readOnly = true)
public class DossierService {

	private final ProposalRepository proposals;
	private final CouncilMeetingRepository meetings;
	private final ProposalQueries queries;
	private final ProposalFileService files;
	private final AwardFormService forms;
	private final MeetingService settings;
	private final CommendationAccess access;
	private final CampaignService campaigns;
	private final ExemplarQueries exemplars;
	private final ExemplarPhotoService photos;

	DossierService(ProposalRepository proposals, CouncilMeetingRepository meetings, ProposalQueries queries,
			ProposalFileService files, AwardFormService forms, MeetingService settings, CommendationAccess access,
			CampaignService campaigns, ExemplarQueries exemplars, ExemplarPhotoService photos) {
		this.proposals = proposals;
		this.meetings = meetings;
		this.queries = queries;
		this.files = files;
		this.forms = forms;
		this.settings = settings;
		this.access = access;
		this.campaigns = campaigns;
		this.exemplars = exemplars;
		this.photos = photos;
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

	/**
	 * The dossier for one deciding level with every nominee's report and evidence, and the warnings.
	 * @param decider the deciding level, or null for the only one (the first when there are several)
	 * @throws DomainException {@code document.dossier.empty} when no approved nominee goes to that level
	 */
	public DossierPack pack(CurrentUser user, Long campaignId, String decider) {
		Dossier all = dossier(user, campaignId);
		String level = decider != null ? decider : all.deciders().stream().findFirst().orElse(null);
		Dossier dossier = level == null ? all : all.forDecider(level);
		if (dossier.approved().isEmpty()) {
			throw new DomainException("document.dossier.empty");
		}
		Map<Long, Proposal> loaded = proposals.findAllById(dossier.approved().stream().map(e -> e.proposal().id())
			.toList()).stream().collect(Collectors.toMap(Proposal::getId, Function.identity()));
		List<NomineePack> nominees = new ArrayList<>();
		for (DossierEntry e : dossier.approved()) {
			Proposal p = loaded.get(e.proposal().id());
			nominees.add(new NomineePack(e, p.getAchievementReport(),
					p.getReportFileId() == null ? null : files.read(p.getReportFileId()), evidence(user, p)));
		}
		return new DossierPack(level, dossier, nominees,
				queries.quotaWarnings(campaignId, settings.settings(dossier.campaign().committeeId())),
				queries.basisWarnings(campaignId).stream().filter(w -> loaded.containsKey(w.proposalId())).toList());
	}

	/** The attached certification or evidence, then the photos of the recognised exemplars the proposal cites. */
	private List<ProposalFile> evidence(CurrentUser user, Proposal p) {
		List<ProposalFile> evidence = new ArrayList<>();
		if (p.getCertificateFileId() != null) {
			evidence.add(files.read(p.getCertificateFileId()));
		}
		for (Long exemplarId : p.details().exemplarIds().stream().sorted().toList()) {
			for (PhotoRow photo : exemplars.page(user, p.getCampaignId(), exemplarId).exemplar().photos()) {
				PhotoFile file = photos.file(user, p.getCampaignId(), exemplarId, photo.id(), false);
				evidence.add(new ProposalFile(file.name(), file.contentType(), file.content()));
			}
		}
		return evidence;
	}

	private List<DossierEntry> entries(List<ProposalRow> rows) {
		Map<Long, AwardFormView> catalogue = new HashMap<>();
		return rows.stream().map(r -> new DossierEntry(r, catalogue.computeIfAbsent(r.awardFormId(), forms::view))).toList();
	}
}
