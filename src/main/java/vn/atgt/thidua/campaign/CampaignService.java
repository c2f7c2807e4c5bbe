package vn.atgt.thidua.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.internal.Campaign;
import vn.atgt.thidua.campaign.internal.CampaignRepository;
import vn.atgt.thidua.campaign.internal.Participant;
import vn.atgt.thidua.campaign.internal.ParticipantRepository;
import vn.atgt.thidua.campaign.internal.ParticipantRow;
import vn.atgt.thidua.campaign.internal.PeriodCalendar;
import vn.atgt.thidua.campaign.internal.ReportingPeriod;
import vn.atgt.thidua.campaign.internal.ReportingPeriodRepository;
import vn.atgt.thidua.campaign.internal.TaskArea;
import vn.atgt.thidua.campaign.internal.TaskAreaRepository;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The door of the campaign module. Other modules read campaigns, their task areas, periods and participating units
 * here, and ask whether a campaign is open or running before they change anything that belongs to it. The standing
 * office creates, edits, starts, closes and clones campaigns here; task areas, periods and units are set up through
 * {@link TaskAreaService}, {@link PeriodService} and {@link ParticipantService}. Who may do what is decided by the web
 * layer's role rules; a closed campaign refuses every change whoever asks.
 */
@Service
@Transactional(readOnly = true)
public class CampaignService {

	private final CampaignRepository campaigns;
	private final TaskAreaRepository taskAreas;
	private final ReportingPeriodRepository periods;
	private final ParticipantRepository participants;
	private final CommitteeService committees;
	private final UnitService units;
	private final ApplicationEventPublisher events;
	private final Actors actors;

	CampaignService(CampaignRepository campaigns, TaskAreaRepository taskAreas, ReportingPeriodRepository periods,
			ParticipantRepository participants, CommitteeService committees, UnitService units,
			ApplicationEventPublisher events, Actors actors) {
		this.campaigns = campaigns;
		this.taskAreas = taskAreas;
		this.periods = periods;
		this.participants = participants;
		this.committees = committees;
		this.units = units;
		this.events = events;
		this.actors = actors;
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	/**
	 * The campaign with every field (plan, dates, baseline year, goals, accident convention, status).
	 * @throws NotFoundException when there is no such campaign
	 */
	public CampaignView get(Long id) {
		return view(load(id));
	}

	/** A page of campaigns, newest first; {@code year} keeps those whose dates meet that year, null means any. */
	public Page<CampaignSummary> search(Integer year, CampaignStatus status, Pageable pageable) {
		return campaigns.search(status, year, pageable);
	}

	/** Every campaign in the given status (null: every campaign), newest first. */
	public List<CampaignSummary> list(CampaignStatus status) {
		return campaigns.summaries(status);
	}

	/** The running campaigns, newest first: what reminders, reports and dashboards work on. */
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

	/** The overview page: the campaign, its committee's name, how far its setup is and its history. */
	public CampaignOverview overview(Long id) {
		CampaignView campaign = get(id);
		String committeeName = committees.committees().stream()
			.filter(c -> c.id().equals(campaign.committeeId()))
			.map(CommitteeSummary::name)
			.findFirst()
			.orElse(null);
		return new CampaignOverview(campaign, committeeName, taskAreas.countOf(id), periods.countOf(id),
				participants.countOf(id), campaigns.history(id));
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
	 * and kind, its person in charge and when it joined or left.
	 */
	public List<ParticipantView> participants(Long campaignId) {
		List<ParticipantRow> rows = participants.rows(campaignId);
		List<UnitSummary> unitsByName = units.findAll(rows.stream().map(ParticipantRow::unitId).toList());
		Map<Long, Integer> order = new HashMap<>();
		Map<Long, UnitSummary> byId = new HashMap<>();
		for (int i = 0; i < unitsByName.size(); i++) {
			order.put(unitsByName.get(i).id(), i);
			byId.put(unitsByName.get(i).id(), unitsByName.get(i));
		}
		return rows.stream()
			.map(row -> toView(row, byId.get(row.unitId())))
			.sorted(Comparator.comparing((ParticipantView p) -> p.unitKind() == null ? Integer.MAX_VALUE
					: p.unitKind().ordinal())
				.thenComparing(p -> order.getOrDefault(p.unitId(), Integer.MAX_VALUE)))
			.toList();
	}

	/** True when the unit takes part in the campaign. */
	public boolean isParticipant(Long campaignId, Long unitId) {
		return unitId != null && participants.exists(campaignId, unitId);
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
	 */
	@Transactional
	public Long create(Long committeeId, CampaignCommand command) {
		if (committeeId == null || committees.committees().stream().noneMatch(c -> c.id().equals(committeeId))) {
			throw new FieldException("committeeId", "campaign.committee.unknown");
		}
		Campaign campaign = campaigns.save(new Campaign(committeeId, command, actors.now()));
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
	 */
	@Transactional
	public void update(Long id, long version, CampaignCommand command) {
		Campaign campaign = load(id);
		campaign.requireOpen();
		StaleDataException.check(campaign, version);
		campaign.update(command);
	}

	/**
	 * Starts a draft campaign; publishes {@link CampaignActivated}.
	 * @throws DomainException when it has no task area ({@code campaign.activate.noTaskArea}), no participating unit
	 *         ({@code campaign.activate.noParticipant}) or is not a draft
	 */
	@Transactional
	public void activate(Long id) {
		load(id).activate(actors.now());
		events.publishEvent(new CampaignActivated(id));
	}

	/**
	 * Closes a running campaign, which makes it read-only; publishes {@link CampaignClosed}.
	 * @throws DomainException {@code campaign.close.notActive} unless the campaign is running
	 */
	@Transactional
	public void close(Long id) {
		load(id).close(actors.now());
		events.publishEvent(new CampaignClosed(id));
	}

	/** What the clone form proposes: everything one year later, the title's years moved, a new plan number to enter. */
	public CloneCommand cloneDefaults(Long sourceId) {
		Campaign source = load(sourceId);
		return new CloneCommand("", source.getPlanDate().plusYears(1), PeriodCalendar.shiftYears(source.getTitle(), 1),
				source.getTheme(), source.getStartDate().plusYears(1), source.getEndDate().plusYears(1),
				source.getBaselineYear() + 1);
	}

	/**
	 * Creates a new draft campaign from an earlier one (closed campaigns too): the new plan, title, theme, dates and
	 * baseline year from the command; the committee, goals and accident convention kept; the task areas, the units that
	 * still take part and are still active (with their contacts), and the periods moved by the difference of the start
	 * years (names and due dates with them) copied. Periods that fall outside the new dates are left out. Nothing else
	 * is copied: the legal basis, purpose and requirements belong to the new plan.
	 */
	@Transactional
	public CloneResult cloneCampaign(Long sourceId, CloneCommand command) {
		Campaign source = load(sourceId);
		CampaignCommand details = new CampaignCommand(command.planNumber(), command.planDate(), null, command.title(),
				command.theme(), null, null, command.startDate(), command.endDate(), command.baselineYear(),
				source.getGoals(), source.getAccidentConvention());
		Campaign copy = campaigns.save(new Campaign(source.getCommitteeId(), details, actors.now()));

		for (TaskArea area : source.getTaskAreas()) {
			copy.addTaskArea(area.getTitle(), area.getDescription());
		}

		int years = command.startDate().getYear() - source.getStartDate().getYear();
		List<PeriodCalendar.Draft> shifted = new ArrayList<>();
		for (ReportingPeriod period : source.getPeriods()) {
			PeriodCalendar.Draft moved = PeriodCalendar.shift(new PeriodCalendar.Draft(period.getCadence(),
					period.getName(), period.getStartDate(), period.getEndDate(), period.getDueDate(),
					period.isBaseline()), years);
			if (moved.baseline() || (!moved.startDate().isBefore(copy.getStartDate())
					&& !moved.endDate().isAfter(copy.getEndDate()))) {
				shifted.add(moved);
			}
		}
		copy.addPeriods(shifted);

		Map<Long, UnitSummary> activeUnits = units
			.findAll(source.getParticipants().stream().map(Participant::getUnitId).toList())
			.stream()
			.filter(UnitSummary::active)
			.collect(Collectors.toMap(UnitSummary::id, Function.identity()));
		int copiedUnits = 0;
		for (Participant p : source.getParticipants()) {
			if (p.getLeftOn() == null && activeUnits.containsKey(p.getUnitId())) {
				Participant added = copy.addParticipant(p.getUnitId());
				copy.updateParticipant(added, p.getContactName(), p.getContactPosition(), p.getContactPhone(),
						p.getContactEmail(), null, null);
				copiedUnits++;
			}
		}
		return new CloneResult(copy.getId(), source.getTaskAreas().size(), shifted.size(),
				source.getPeriods().size() - shifted.size(), copiedUnits, source.getParticipants().size() - copiedUnits);
	}

	private Campaign load(Long id) {
		return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id));
	}

	private CampaignStatus status(Long campaignId) {
		CampaignStatus status = campaigns.statusOf(campaignId);
		if (status == null) {
			throw new NotFoundException("campaign", campaignId);
		}
		return status;
	}

	private static CampaignView view(Campaign c) {
		return new CampaignView(c.getId(), c.getCommitteeId(), c.getPlanNumber(), c.getPlanDate(), c.getLegalBasis(),
				c.getTitle(), c.getTheme(), c.getPurpose(), c.getRequirements(), c.getStartDate(), c.getEndDate(),
				c.getBaselineYear(), c.getGoals(), c.getAccidentConvention(), c.getStatus(), c.getVersion());
	}

	static ParticipantView toView(ParticipantRow row, UnitSummary unit) {
		return new ParticipantView(row.id(), row.campaignId(), row.unitId(), unit == null ? null : unit.name(),
				unit == null ? null : unit.shortName(), unit == null ? null : unit.kind(), row.contactName(),
				row.contactPosition(), row.contactPhone(), row.contactEmail(), row.joinedOn(), row.leftOn(),
				row.version());
	}
}
