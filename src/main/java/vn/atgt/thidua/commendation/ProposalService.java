package vn.atgt.thidua.commendation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.commendation.internal.CommendationSettings;
import vn.atgt.thidua.commendation.internal.CommendationSettingsRepository;
import vn.atgt.thidua.commendation.internal.Proposal;
import vn.atgt.thidua.commendation.internal.ProposalRepository;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.exemplar.ExemplarService;
import vn.atgt.thidua.exemplar.RecognisedExemplar;

/**
 * The door of the proposals' workflow: a unit (or the office) prepares a proposal for an award form valid on the
 * planned decision date, citing the unit's recognised exemplars; the unit's head submits it; the office accepts or
 * returns it, publishes the nominee for the committee's number of working days, and records the council's approval
 * (when the meeting's votes reach the committee's threshold) or rejection; the office forwards the approved dossier
 * once every part the award form names is there, and records the decision or its refusal. Every command asks
 * {@link CommendationAccess} and refuses changes in a closed campaign; the voting meeting is {@link MeetingService}'s.
 */
@Service
@Transactional(readOnly = true)
public class ProposalService {

	private final ProposalRepository proposals;
	private final CommendationSettingsRepository settings;
	private final ProposalLoader loader;
	private final AwardFormService forms;
	private final CommendationAccess access;
	private final CampaignService campaigns;
	private final ExemplarService exemplars;
	private final Clock clock;

	ProposalService(ProposalRepository proposals, CommendationSettingsRepository settings, ProposalLoader loader,
			AwardFormService forms, CommendationAccess access, CampaignService campaigns, ExemplarService exemplars,
			Clock clock) {
		this.proposals = proposals;
		this.settings = settings;
		this.loader = loader;
		this.forms = forms;
		this.access = access;
		this.campaigns = campaigns;
		this.exemplars = exemplars;
		this.clock = clock;
	}

	/**
	 * Prepares a proposal, as a draft.
	 * @throws FieldException {@code awardFormId} for a form not valid on the planned decision date (with its dates) or
	 *         not for that kind of nominee; {@code gender} for an individual without one; {@code exemplarIds} for an
	 *         exemplar that is not a recognised one of the unit
	 */
	@Transactional
	public Long create(CurrentUser user, Long campaignId, ProposalCommand command) {
		return create(user, campaignId, command, false);
	}

	/** As {@link #create(CurrentUser, Long, ProposalCommand)} for the demo's sample data, marked as such. */
	@Transactional
	public Long createSample(CurrentUser user, Long campaignId, ProposalCommand command) {
		return create(user, campaignId, command, true);
	}

	private Long create(CurrentUser user, Long campaignId, ProposalCommand command, boolean sample) {
		access.requirePreparer(user, campaignId, command.unitId());
		campaigns.requireOpen(campaignId);
		check(user, campaignId, command);
		return proposals.save(new Proposal(campaignId, command, sample, actor(user))).getId();
	}

	/** Changes a draft or returned proposal (its unit stays). */
	@Transactional
	public void update(CurrentUser user, Long campaignId, Long proposalId, long version, ProposalCommand command) {
		Proposal p = loader.load(campaignId, proposalId);
		access.requirePreparer(user, campaignId, p.getUnitId());
		ready(p, version);
		ProposalCommand same = new ProposalCommand(p.getUnitId(), command.kind(), command.nomineeName(),
				command.position(), command.gender(), command.frontLine(), command.awardFormId(),
				command.plannedDecisionOn(), command.achievements(), command.achievementReport(),
				command.exemplarIds(), command.basisAwardIds());
		check(user, campaignId, same);
		p.update(same);
	}

	/** The unit's head (or the office, for its own) submits the proposal. */
	@Transactional
	public void submit(CurrentUser user, Long campaignId, Long proposalId, long version) {
		Proposal p = loader.load(campaignId, proposalId);
		access.requireSubmitter(user, campaignId, p.getUnitId());
		ready(p, version);
		forms.requireOffered(p.getAwardFormId(), p.details().plannedDecisionOn(), p.getKind());
		p.submit(actor(user));
	}

	@Transactional
	public void accept(CurrentUser user, Long campaignId, Long proposalId, long version) {
		office(user, campaignId, proposalId, version).accept(actor(user));
	}

	@Transactional
	public void returnWith(CurrentUser user, Long campaignId, Long proposalId, long version, String reason) {
		office(user, campaignId, proposalId, version).returnWith(reason, actor(user));
	}

	/** Publishes the accepted nominee for the committee's number of working days (Monday to Friday) from today. */
	@Transactional
	public LocalDate publish(CurrentUser user, Long campaignId, Long proposalId, long version) {
		Proposal p = office(user, campaignId, proposalId, version);
		CampaignView campaign = campaigns.get(campaignId);
		int days = settings.findById(campaign.committeeId()).map(CommendationSettings::getPublishDays)
			.orElse(CommendationSettings.DEFAULT_PUBLISH_DAYS);
		LocalDate until = workingDaysAfter(today(), days);
		p.publish(until, actor(user));
		return until;
	}

	/**
	 * The council approves the nominee.
	 * @throws DomainException {@code proposal.vote.missing} before the meeting's votes; {@code proposal.vote.belowThreshold}
	 *         with the share and the threshold when the votes do not reach it
	 */
	@Transactional
	public void approve(CurrentUser user, Long campaignId, Long proposalId, long version) {
		Proposal p = office(user, campaignId, proposalId, version);
		MeetingView meeting = loader.meeting(p.getMeetingId())
			.orElseThrow(() -> new DomainException("proposal.vote.missing"));
		if (!meeting.passes(p.getVotesFor())) {
			throw new DomainException("proposal.vote.belowThreshold", VietnameseNumbers.format(meeting.share(p.getVotesFor())),
					VietnameseNumbers.format(meeting.voteThreshold()));
		}
		p.approve(actor(user));
	}

	@Transactional
	public void reject(CurrentUser user, Long campaignId, Long proposalId, long version, String reason) {
		office(user, campaignId, proposalId, version).reject(reason, actor(user));
	}

	/**
	 * Forwards the approved dossier to the deciding level.
	 * @throws DomainException {@code proposal.dossier.incomplete} naming the parts still missing
	 */
	@Transactional
	public void forward(CurrentUser user, Long campaignId, Long proposalId, long version) {
		Proposal p = office(user, campaignId, proposalId, version);
		List<DossierPart> missing = ProposalLoader.missingParts(p, forms.view(p.getAwardFormId()));
		if (!missing.isEmpty()) {
			throw new DomainException("proposal.dossier.incomplete",
					missing.stream().map(DossierPart::name).collect(Collectors.joining(", ")));
		}
		p.forward(actor(user));
	}

	/** Records the decision of the deciding level: its number, date and issuer. */
	@Transactional
	public void decide(CurrentUser user, Long campaignId, Long proposalId, long version, String number,
			LocalDate decidedOn, String issuer) {
		Proposal p = office(user, campaignId, proposalId, version);
		if (decidedOn.isAfter(today())) {
			throw new FieldException("decidedOn", "proposal.decidedOn.future");
		}
		p.decide(number, decidedOn, issuer, actor(user));
	}

	/** Records that the deciding level did not award it, with the reason. */
	@Transactional
	public void notAwarded(CurrentUser user, Long campaignId, Long proposalId, long version, String reason) {
		office(user, campaignId, proposalId, version).notAwarded(reason, actor(user));
	}

	private Proposal office(CurrentUser user, Long campaignId, Long proposalId, long version) {
		Proposal p = loader.load(campaignId, proposalId);
		access.requireOffice(user, campaignId, p.getUnitId());
		ready(p, version);
		return p;
	}

	private void check(CurrentUser user, Long campaignId, ProposalCommand c) {
		forms.requireOffered(c.awardFormId(), c.plannedDecisionOn(), c.kind());
		if (!forms.allExist(c.basisAwardIds())) {
			throw new FieldException("basisAwardIds", "proposal.basis.unknown");
		}
		if (!c.exemplarIds().isEmpty()) {
			Set<Long> recognised = exemplars.recognised(user, campaignId, c.unitId()).stream()
				.map(RecognisedExemplar::id).collect(Collectors.toSet());
			if (!recognised.containsAll(c.exemplarIds())) {
				throw new FieldException("exemplarIds", "proposal.exemplar.unknown");
			}
		}
	}

	private void ready(Proposal p, long version) {
		campaigns.requireOpen(p.getCampaignId());
		StaleDataException.check(p, version);
	}

	static LocalDate workingDaysAfter(LocalDate from, int days) {
		LocalDate day = from;
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return day;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.ZONE));
	}

	private Actor actor(CurrentUser user) {
		return Actor.of(user, clock.instant());
	}
}
