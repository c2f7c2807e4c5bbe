package vn.atgt.thidua.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.internal.Campaign;
import vn.atgt.thidua.campaign.internal.CampaignPlan;
import vn.atgt.thidua.campaign.internal.CampaignRepository;
import vn.atgt.thidua.campaign.internal.Participant;
import vn.atgt.thidua.campaign.internal.ReportingPeriodRepository;
import vn.atgt.thidua.campaign.internal.TaskAreaRepository;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The door of the campaign module. Other modules read campaigns, their task areas, periods and participating units
 * here, and ask whether a campaign is open or running before they change anything that belongs to it. The standing
 * office creates, edits, starts, closes and clones campaigns here; task areas, periods and units are set up through
 * {@link TaskAreaService}, {@link PeriodService} and {@link ParticipantService}. Who may do what is
 * {@link CampaignAccess}'s; the pages read {@link CampaignQueries}; the participant reads are
 * {@link CampaignParticipants}', following a parent committee's campaign {@link CampaignFollowing}'s. A closed campaign
 * refuses every change whoever asks.
 */
@Service
@Transactional(readOnly = true)
public class CampaignService {

	private final CampaignRepository campaigns;
	private final TaskAreaRepository taskAreas;
	private final ReportingPeriodRepository periods;
	private final CampaignParticipants participants;
	private final CampaignFollowing following;
	private final CommitteeService committees;
	private final UnitService units;
	private final CampaignAccess access;
	private final CampaignChanges changes;
	private final CampaignCloning cloning;
	private final ApplicationEventPublisher events;

	CampaignService(CampaignRepository campaigns, TaskAreaRepository taskAreas, ReportingPeriodRepository periods,
			CampaignParticipants participants, CampaignFollowing following, CommitteeService committees,
			UnitService units, CampaignAccess access, CampaignChanges changes, CampaignCloning cloning,
			ApplicationEventPublisher events) {
		this.campaigns = campaigns;
		this.taskAreas = taskAreas;
		this.periods = periods;
		this.participants = participants;
		this.following = following;
		this.committees = committees;
		this.units = units;
		this.access = access;
		this.changes = changes;
		this.cloning = cloning;
		this.events = events;
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	/**
	 * The campaign with every field (plan, dates, baseline year, goals, accident convention, status).
	 * @throws NotFoundException when there is no such campaign
	 */
	public CampaignView get(Long id) {
		return view(campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id)));
	}

	/** Every campaign in the given status (null: every campaign), newest first. */
	public List<CampaignSummary> list(CampaignStatus status) {
		return campaigns.summaries(status);
	}

	/**
	 * The committee of the campaign, for the access policies of the modules that keep only its id.
	 * @throws NotFoundException when there is no such campaign
	 */
	public Long committeeOf(Long campaignId) {
		return campaigns.committeeOf(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
	}

	/** The committee's campaigns in the given status (null: all of them), newest first: a user's lists. */
	public List<CampaignSummary> listOf(Long committeeId, CampaignStatus status) {
		return committeeId == null ? List.of() : campaigns.summariesOf(committeeId, status);
	}

	/** The running campaigns of every committee, newest first: what the installation's reminders work on. */
	public List<CampaignSummary> listActive() {
		return list(CampaignStatus.ACTIVE);
	}

	/** The years that some campaign covers, newest first (the year filter of the list). */
	public List<Integer> years() {
		LocalDate first = campaigns.firstStart();
		LocalDate last = campaigns.lastEnd();
		if (first == null || last == null) {
			return List.of();
		}
		List<Integer> years = new ArrayList<>();
		for (int year = last.getYear(); year >= first.getYear(); year--) {
			years.add(year);
		}
		return years;
	}

	/** The campaign's focus task areas in the plan's order (numbered from 1). */
	public List<TaskAreaView> taskAreas(Long campaignId) {
		return taskAreas.views(campaignId);
	}

	/** The campaign's reporting periods: baseline periods first, then by start date. */
	public List<PeriodView> periods(Long campaignId) {
		return periods.views(campaignId);
	}

	/** One reporting period, of whichever campaign. */
	public Optional<PeriodView> period(Long periodId) {
		return periodId == null ? Optional.empty() : periods.view(periodId);
	}

	/**
	 * The units that take part, agencies first, then communes and organisations, each by name; with the unit's name
	 * and kind, its person in charge and when it joined or left: one SQL statement.
	 */
	public List<ParticipantView> participants(Long campaignId) {
		return participants.all(campaignId);
	}

	/**
	 * The participants the filter selects, in the order of {@link #participants(Long)}: the units of them all and the
	 * page asked for ({@code Pageable.unpaged()}: all of them), paged in SQL; two SQL statements whatever the number of
	 * units.
	 */
	public ParticipantSelection participants(Long campaignId, ParticipantSelection.Filter filter, Pageable pageable) {
		return participants.selection(campaignId, filter, pageable);
	}

	/**
	 * The unit's participation in the campaign, when it takes part: two short queries whatever the number of units (a
	 * unit's home page asks for its own; {@link #participants} reads a province's 2,000).
	 */
	public Optional<ParticipantView> participant(Long campaignId, Long unitId) {
		return participants.ofUnit(campaignId, unitId);
	}

	/** True when the unit takes part in the campaign. */
	public boolean isParticipant(Long campaignId, Long unitId) {
		return participants.takesPart(campaignId, unitId);
	}

	/**
	 * Refuses a change to anything of a closed campaign.
	 * @throws DomainException {@code campaign.closed} when the campaign is closed
	 * @throws NotFoundException when there is no such campaign
	 */
	public void requireOpen(Long campaignId) {
		if (status(campaignId) == CampaignStatus.CLOSED) {
			throw new DomainException("campaign.closed");
		}
	}

	/**
	 * Refuses work that needs a running campaign (registering targets, reporting).
	 * @throws DomainException {@code campaign.closed} when closed, {@code campaign.notActive} when still a draft
	 */
	public void requireActive(Long campaignId) {
		requireOpen(campaignId);
		if (status(campaignId) != CampaignStatus.ACTIVE) {
			throw new DomainException("campaign.notActive");
		}
	}

	// --- changing ---------------------------------------------------------------------------------------------------

	/**
	 * Creates a campaign in draft for the committee, with every active member unit of the committee taking part (their
	 * e-mail and phone prefilled as contact).
	 * @return the new campaign's id
	 * @throws FieldException {@code campaign.committee.unknown} when there is no such committee
	 * @throws AccessDeniedException unless the user sets campaigns up
	 */
	@Transactional
	public Long create(CurrentUser user, Long committeeId, CampaignCommand command) {
		access.requireCreator(user, committeeId);
		if (committeeId == null || committees.committees().stream().noneMatch(c -> c.id().equals(committeeId))) {
			throw new FieldException("committeeId", "campaign.committee.unknown");
		}
		following.requireFollowable(committeeId, command.followsCampaignId());
		Campaign campaign = campaigns.save(new Campaign(committeeId, command, changes.actor(user)));
		for (UnitSummary unit : units.activeMembersOf(committeeId)) {
			Participant participant = campaign.addParticipant(unit.id());
			campaign.updateParticipant(participant, null, null, unit.phone(), unit.email(), null, null);
		}
		return campaign.getId();
	}

	/**
	 * Changes what the plan says.
	 * @throws StaleDataException when someone saved the campaign since {@code version} was shown
	 * @throws DomainException {@code campaign.closed} when closed; field errors for bad dates
	 * @throws AccessDeniedException unless the user sets the campaign up
	 */
	@Transactional
	public void update(CurrentUser user, Long id, long version, CampaignCommand command) {
		Campaign campaign = changes.load(user, id);
		campaign.requireOpen();
		StaleDataException.check(campaign, version);
		following.requireFollowable(campaign.getCommitteeId(), command.followsCampaignId());
		campaign.update(command);
	}

	/**
	 * Starts a draft campaign; publishes {@link CampaignActivated}.
	 * @throws DomainException when it has no task area ({@code campaign.activate.noTaskArea}), no participating unit
	 *         ({@code campaign.activate.noParticipant}) or is not a draft
	 * @throws AccessDeniedException unless the user sets the campaign up
	 */
	@Transactional
	public void activate(CurrentUser user, Long id) {
		changes.load(user, id).activate(changes.actor(user));
		events.publishEvent(new CampaignActivated(id));
	}

	/**
	 * Closes a running campaign, which makes it read-only; publishes {@link CampaignClosed}.
	 * @throws DomainException {@code campaign.close.notActive} unless the campaign is running
	 * @throws AccessDeniedException unless the user sets the campaign up
	 */
	@Transactional
	public void close(CurrentUser user, Long id) {
		changes.load(user, id).close(changes.actor(user));
		events.publishEvent(new CampaignClosed(id));
	}

	/**
	 * Creates a new draft campaign from an earlier one (closed campaigns too), for the next year: the task areas, the
	 * units that still take part and the periods moved by the years between them ({@link CampaignCloning} says what is
	 * copied and what is left out).
	 * @return the new campaign's id, and how much was copied and left out
	 * @throws AccessDeniedException unless the user sets the campaign up
	 */
	@Transactional
	public CloneResult cloneCampaign(CurrentUser user, Long sourceId, CloneCommand command) {
		return cloning.copy(changes.load(user, sourceId), command, changes.actor(user));
	}

	/**
	 * The campaigns that follow one of these (a parent committee's), with their committee and launch: who launched
	 * theirs and when (issue 18 item 3). One query.
	 */
	public List<FollowerRow> followers(Collection<Long> campaignIds) {
		return following.followers(campaignIds);
	}

	private CampaignStatus status(Long campaignId) {
		CampaignStatus status = campaigns.statusOf(campaignId);
		if (status == null) {
			throw new NotFoundException("campaign", campaignId);
		}
		return status;
	}

	static CampaignView view(Campaign c) {
		CampaignPlan p = c.getPlan();
		return new CampaignView(c.getId(), c.getCommitteeId(), p.getPlanNumber(), p.getPlanDate(), p.getLegalBasis(),
				p.getTitle(), p.getTheme(), p.getPurpose(), p.getRequirements(), p.getStartDate(), p.getEndDate(),
				p.getBaselineYear(), p.getGoals(), p.getAccidentConvention(), c.getStatus(), c.getVersion(),
				c.getFollowsCampaignId());
	}
}
