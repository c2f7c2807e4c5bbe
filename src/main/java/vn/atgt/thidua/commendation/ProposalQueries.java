package vn.atgt.thidua.commendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.commendation.internal.FairnessTally;
import vn.atgt.thidua.commendation.internal.Proposal;
import vn.atgt.thidua.commendation.internal.ProposalListRow;
import vn.atgt.thidua.commendation.internal.ProposalRepository;
import vn.atgt.thidua.commendation.internal.UnitTally;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.exemplar.ExemplarService;
import vn.atgt.thidua.exemplar.RecognisedExemplar;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The pages of the campaign tab "Khen thưởng": the list (every unit's, with the fairness figures, quota warnings and
 * suggestions, for the office and leaders; the unit's own for a unit user; paged in SQL, the figures in aggregate
 * queries), a proposal's page, its form, the meeting form. Each read asks {@link CommendationAccess}.
 */
@Service
@Transactional(readOnly = true)
public class ProposalQueries {

	/** Proposed: sent to the office and not returned (a draft or a returned one is not yet a proposal of the unit). */
	static final Set<ProposalStatus> PROPOSED = EnumSet.complementOf(EnumSet.of(ProposalStatus.DRAFT,
			ProposalStatus.RETURNED));
	static final Set<ProposalStatus> APPROVED = EnumSet.of(ProposalStatus.APPROVED, ProposalStatus.FORWARDED,
			ProposalStatus.DECIDED);

	private final ProposalRepository proposals;
	private final ProposalLoader loader;
	private final AwardFormService forms;
	private final MeetingService meetings;
	private final CommendationAccess access;
	private final CampaignService campaigns;
	private final ExemplarService exemplars;
	private final UnitService units;
	private final RankingSource ranking;
	private final NomineeComments comments;

	ProposalQueries(ProposalRepository proposals, ProposalLoader loader, AwardFormService forms,
			MeetingService meetings, CommendationAccess access, CampaignService campaigns, ExemplarService exemplars,
			UnitService units, java.util.Optional<RankingSource> ranking, NomineeComments comments) {
		this.proposals = proposals;
		this.loader = loader;
		this.forms = forms;
		this.meetings = meetings;
		this.access = access;
		this.campaigns = campaigns;
		this.exemplars = exemplars;
		this.units = units;
		this.ranking = ranking.orElse(RankingSource.NONE);
		this.comments = comments;
	}

	/** The list page: a unit user reads her unit's proposals; the office and leaders every unit's with the figures. */
	public ProposalListPage listPage(CurrentUser user, Long campaignId, ProposalStatus status, Pageable pageable) {
		CampaignView campaign = campaigns.get(campaignId);
		ProposalListActions actions = access.listActions(user, campaign);
		CommendationSettingsView settings = meetings.settings(campaign.committeeId());
		if (!access.seesAllUnits(user)) {
			Page<ProposalRow> own = Page.empty(pageable);
			if (user.unitId() != null && campaigns.isParticipant(campaignId, user.unitId())) {
				access.requireReadable(user, campaignId, user.unitId());
				own = rows(proposals.search(campaignId, user.unitId(), status, pageable));
			}
			return new ProposalListPage(campaign, own, null, List.of(), List.of(), List.of(), List.of(), settings,
					actions);
		}
		Page<ProposalRow> all = rows(proposals.search(campaignId, null, status, pageable));
		return new ProposalListPage(campaign, all, fairness(campaignId), quotaWarnings(campaignId, settings),
				basisWarnings(campaignId),
				actions.office() ? suggestions(user, campaignId) : List.of(), proposals.deciders(campaignId, APPROVED),
				settings, actions);
	}

	/** A proposal's page. */
	public ProposalPage page(CurrentUser user, Long campaignId, Long proposalId) {
		CampaignView campaign = campaigns.get(campaignId);
		Proposal p = loader.load(campaignId, proposalId);
		access.requireReadable(user, campaignId, p.getUnitId());
		return new ProposalPage(campaign, view(user, p), access.actions(user, campaign, p.getUnitId(), p.getStatus()));
	}

	/**
	 * The form that prepares a proposal for the unit (the user's own, or the one the office picked) or edits one, with
	 * the award forms offered on the decision date (the campaign's end when none is given yet).
	 */
	public ProposalFormPage formPage(CurrentUser user, Long campaignId, Long proposalId, Long unitId,
			LocalDate decisionDate, NomineeKind kind) {
		CampaignView campaign = campaigns.get(campaignId);
		if (proposalId != null) {
			Proposal p = loader.load(campaignId, proposalId);
			access.requirePreparer(user, campaignId, p.getUnitId());
			ProposalCommand details = p.details();
			return form(user, campaign, proposalId, p.getUnitId(), details.plannedDecisionOn(), details.kind(),
					details, p.getVersion());
		}
		Long unit = access.seesAllUnits(user) ? unitId : user.unitId();
		if (unit != null) {
			access.requirePreparer(user, campaignId, unit);
		}
		else {
			access.requireOfficeWork(user, campaignId);
		}
		return form(user, campaign, null, unit, decisionDate == null ? campaign.endDate() : decisionDate, kind, null,
				0);
	}

	/** The meeting form: the nominees accepted or published, and the committee's threshold. */
	public MeetingPage meetingPage(CurrentUser user, Long campaignId) {
		access.requireOfficeWork(user, campaignId);
		CampaignView campaign = campaigns.get(campaignId);
		List<ProposalRow> nominees = rows(proposals.inStatus(campaignId,
				EnumSet.of(ProposalStatus.ACCEPTED, ProposalStatus.PUBLISHED)));
		return new MeetingPage(campaign, nominees, meetings.settings(campaign.committeeId()));
	}

	private ProposalFormPage form(CurrentUser user, CampaignView campaign, Long proposalId, Long unitId,
			LocalDate decisionDate, NomineeKind kind, ProposalCommand details, long version) {
		List<UnitSummary> choices = access.seesAllUnits(user) ? units.findAll(campaigns.participants(campaign.id())
			.stream().map(vn.atgt.thidua.campaign.ParticipantView::unitId).toList())
				: units.find(user.unitId()).stream().toList();
		List<RecognisedExemplar> cited = unitId == null ? List.of() : exemplars.recognised(user, campaign.id(), unitId);
		return new ProposalFormPage(campaign, proposalId, choices, decisionDate, forms.offeredOn(decisionDate, kind),
				cited, details, version, forms.all());
	}

	ProposalView view(CurrentUser user, Proposal p) {
		AwardFormView form = forms.view(p.getAwardFormId());
		ProposalCommand d = p.details();
		List<AwardFormView> basis = d.basisAwardIds().stream().map(forms::view).toList();
		List<RecognisedExemplar> cited = d.exemplarIds().isEmpty() ? List.of()
				: exemplars.recognised(user, p.getCampaignId(), p.getUnitId()).stream()
					.filter(e -> d.exemplarIds().contains(e.id())).toList();
		return new ProposalView(p.getId(), p.getCampaignId(), p.getUnitId(), units.nameOf(p.getUnitId()), d, form,
				cited, p.getStatus(), p.getReturnReason(), p.getPublishedUntil(), loader.meeting(p.getMeetingId())
					.orElse(null), p.getVotesFor(), p.getDecisionNumber(), p.getDecidedOn(), p.getDecisionIssuer(),
				p.getRefusalReason(), p.getReportFileId() != null, p.getCertificateFileId() != null,
				ProposalLoader.missingParts(p, form), p.isSample(), p.getVersion(), proposals.history(p.getId()),
				basis, thematicGroundsOnly(form, basis),
				access.readsComments(user) ? comments.comments(p.getId()) : List.of());
	}

	/** True for a công trạng award whose cited grounds are all chuyên đề awards. */
	private static boolean thematicGroundsOnly(AwardFormView form, List<AwardFormView> basis) {
		return form.basis() == AwardBasis.MERIT && !basis.isEmpty()
				&& basis.stream().allMatch(b -> b.basis() == AwardBasis.THEMATIC);
	}

	Fairness fairness(Long campaignId) {
		FairnessTally proposed = proposals.fairness(campaignId, PROPOSED);
		FairnessTally approved = proposals.fairness(campaignId, APPROVED);
		return new Fairness(proposed.individuals(), proposed.frontLine(), proposed.women(), approved.individuals(),
				approved.frontLine(), approved.women());
	}

	List<QuotaWarning> quotaWarnings(Long campaignId, CommendationSettingsView settings) {
		if (settings.quotaPerUnit() == null) {
			return List.of();
		}
		List<UnitTally> over = proposals.perUnit(campaignId, PROPOSED).stream()
			.filter(t -> t.count() > settings.quotaPerUnit()).toList();
		Map<Long, String> names = names(over.stream().map(UnitTally::unitId).toList());
		return over.stream().map(t -> new QuotaWarning(t.unitId(), names.get(t.unitId()), t.count(),
				settings.quotaPerUnit())).toList();
	}

	/** The proposals for a công trạng award that cite only chuyên đề awards as their grounds. */
	List<BasisWarning> basisWarnings(Long campaignId) {
		List<vn.atgt.thidua.commendation.internal.BasisTally> found = proposals.thematicGroundsOnly(campaignId,
				PROPOSED);
		Map<Long, String> names = names(found.stream().map(vn.atgt.thidua.commendation.internal.BasisTally::unitId)
			.toList());
		return found.stream().map(t -> new BasisWarning(t.proposalId(), t.unitId(), names.get(t.unitId()),
				t.nomineeName(), t.awardFormName())).toList();
	}

	/**
	 * Suggested nominees, each with its reason: the units at the top of the final ranking ({@link RankingSource}, empty
	 * until the scoring module provides it) and the recognised exemplars, most replicated first.
	 */
	private List<Suggestion> suggestions(CurrentUser user, Long campaignId) {
		List<Suggestion> suggestions = new ArrayList<>();
		List<RankingSource.RankedUnit> ranked = ranking.ranking(campaignId).stream().limit(3).toList();
		Map<Long, String> names = names(ranked.stream().map(RankingSource.RankedUnit::unitId).toList());
		for (RankingSource.RankedUnit r : ranked) {
			suggestions.add(new Suggestion(r.unitId(), names.get(r.unitId()), NomineeKind.COLLECTIVE,
					names.get(r.unitId()), "nomineeSuggestion.ranking", r.rank() + " · " + r.score(), 0));
		}
		for (RecognisedExemplar e : exemplars.recognised(user, campaignId, null)) {
			boolean person = e.personName() != null;
			suggestions.add(new Suggestion(e.unitId(), e.unitName(),
					person ? NomineeKind.INDIVIDUAL : NomineeKind.COLLECTIVE, person ? e.personName() : e.unitName(),
					"nomineeSuggestion.exemplar", e.title(), e.replications()));
		}
		return suggestions;
	}

	private Page<ProposalRow> rows(Page<ProposalListRow> page) {
		Map<Long, String> names = names(page.getContent().stream().map(ProposalListRow::unitId).toList());
		return page.map(r -> row(r, names));
	}

	List<ProposalRow> rows(List<ProposalListRow> list) {
		Map<Long, String> names = names(list.stream().map(ProposalListRow::unitId).toList());
		return list.stream().map(r -> row(r, names)).toList();
	}

	private static ProposalRow row(ProposalListRow r, Map<Long, String> names) {
		return new ProposalRow(r.id(), r.unitId(), names.get(r.unitId()), r.kind(), r.nomineeName(), r.position(),
				r.gender(), r.frontLine(), r.awardFormId(), r.awardFormName(), r.plannedDecisionOn(), r.achievements(), r.status(),
				r.votesFor(), r.decisionNumber(), r.sample());
	}

	private Map<Long, String> names(List<Long> ids) {
		return ids.isEmpty() ? Map.of() : units.findAll(ids.stream().distinct().toList()).stream()
			.collect(Collectors.toMap(UnitSummary::id, UnitSummary::name, (a, b) -> a));
	}
}
