package vn.atgt.thidua.campaign.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignCommand;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.campaign.CampaignStatus;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.AuditedEntity;

/**
 * A campaign and the rules of its setup: its task areas, reporting periods and participating units change only
 * through it, so that a closed campaign refuses every change, periods of one cadence never overlap and stay within
 * the campaign (unless they are the baseline), and a campaign starts only with at least one task area and one unit.
 * Every change of status is recorded with who and when.
 */
@Entity
@Table(name = "campaigns")
public class Campaign extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "committee_id", nullable = false, updatable = false)
	private Long committeeId;

	@Column(name = "plan_number", nullable = false, length = 50)
	private String planNumber;

	@Column(name = "plan_date", nullable = false)
	private LocalDate planDate;

	@Column(name = "legal_basis", length = 2000)
	private String legalBasis;

	@Column(nullable = false, length = 500)
	private String title;

	@Column(length = 500)
	private String theme;

	@Column(length = 10000)
	private String purpose;

	@Column(length = 10000)
	private String requirements;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(name = "baseline_year", nullable = false)
	private int baselineYear;

	@Column(name = "goal_reduce_cases", nullable = false)
	private boolean goalReduceCases;

	@Column(name = "goal_reduce_deaths", nullable = false)
	private boolean goalReduceDeaths;

	@Column(name = "goal_reduce_injured", nullable = false)
	private boolean goalReduceInjured;

	@Column(name = "goal_reduce_drink_driving", nullable = false)
	private boolean goalReduceDrinkDriving;

	@Column(name = "goal_no_especially_serious", nullable = false)
	private boolean goalNoEspeciallySerious;

	@Column(name = "goal_no_commercial_transport", nullable = false)
	private boolean goalNoCommercialTransport;

	@Enumerated(EnumType.STRING)
	@Column(name = "accident_convention", nullable = false, length = 20)
	private AccidentPeriodConvention accidentConvention;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CampaignStatus status;

	@OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<TaskArea> taskAreas = new ArrayList<>();

	@OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("startDate, endDate")
	private List<ReportingPeriod> periods = new ArrayList<>();

	@OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Participant> participants = new ArrayList<>();

	@OneToMany(mappedBy = "campaign", cascade = CascadeType.PERSIST)
	@OrderBy("changedAt, id")
	private List<CampaignTransition> history = new ArrayList<>();

	protected Campaign() {
	}

	/** A new campaign, in draft. */
	public Campaign(Long committeeId, CampaignCommand details, Actor actor) {
		this.committeeId = Objects.requireNonNull(committeeId);
		this.status = CampaignStatus.DRAFT;
		apply(details);
		history.add(new CampaignTransition(this, null, CampaignStatus.DRAFT, actor));
	}

	/** Changes what the plan says; refused when closed, or when a period would fall outside the new dates. */
	public void update(CampaignCommand details) {
		requireOpen();
		for (ReportingPeriod period : periods) {
			if (!period.isBaseline() && period.getStartDate().isBefore(details.startDate())) {
				throw new FieldException("startDate", "campaign.dates.periodOutside", period.getName());
			}
			if (!period.isBaseline() && period.getEndDate().isAfter(details.endDate())) {
				throw new FieldException("endDate", "campaign.dates.periodOutside", period.getName());
			}
		}
		apply(details);
	}

	private void apply(CampaignCommand d) {
		if (d.endDate().isBefore(d.startDate())) {
			throw new FieldException("endDate", "campaign.endDate.beforeStart");
		}
		if (d.baselineYear() >= d.startDate().getYear()) {
			throw new FieldException("baselineYear", "campaign.baselineYear.notBefore", d.startDate().getYear());
		}
		this.planNumber = d.planNumber();
		this.planDate = d.planDate();
		this.legalBasis = d.legalBasis();
		this.title = d.title();
		this.theme = d.theme();
		this.purpose = d.purpose();
		this.requirements = d.requirements();
		this.startDate = d.startDate();
		this.endDate = d.endDate();
		this.baselineYear = d.baselineYear();
		CampaignGoals goals = d.goals();
		this.goalReduceCases = goals.reduceCases();
		this.goalReduceDeaths = goals.reduceDeaths();
		this.goalReduceInjured = goals.reduceInjured();
		this.goalReduceDrinkDriving = goals.reduceDrinkDrivingAccidents();
		this.goalNoEspeciallySerious = goals.noEspeciallySeriousAccident();
		this.goalNoCommercialTransport = goals.noCommercialTransportAccident();
		this.accidentConvention = d.accidentConvention();
	}

	// --- life cycle -------------------------------------------------------------------------------------------------

	/** Starts the campaign: units may now register and report. Needs a task area and a participating unit. */
	public void activate(Actor actor) {
		if (status != CampaignStatus.DRAFT) {
			throw new DomainException("campaign.activate.notDraft");
		}
		if (taskAreas.isEmpty()) {
			throw new DomainException("campaign.activate.noTaskArea");
		}
		if (participants.isEmpty()) {
			throw new DomainException("campaign.activate.noParticipant");
		}
		moveTo(CampaignStatus.ACTIVE, actor);
	}

	/** Closes a running campaign; from then on it is read-only. */
	public void close(Actor actor) {
		if (status != CampaignStatus.ACTIVE) {
			throw new DomainException("campaign.close.notActive");
		}
		moveTo(CampaignStatus.CLOSED, actor);
	}

	private void moveTo(CampaignStatus next, Actor actor) {
		history.add(new CampaignTransition(this, status, next, actor));
		status = next;
	}

	/** Refuses any change to a closed campaign. */
	public void requireOpen() {
		if (status == CampaignStatus.CLOSED) {
			throw new DomainException("campaign.closed");
		}
	}

	// --- task areas -------------------------------------------------------------------------------------------------

	/** Adds a task area after the last one. */
	public TaskArea addTaskArea(String title, String description) {
		requireOpen();
		TaskArea area = new TaskArea(this, taskAreas.size() + 1, title, description);
		taskAreas.add(area);
		return area;
	}

	public void updateTaskArea(TaskArea area, String title, String description) {
		requireOpen();
		area.update(title, description);
	}

	/**
	 * Removes a task area; the ones after it move up a number. Only while the campaign is being set up: once it runs,
	 * units' targets and reports are filed under its task areas.
	 */
	public void removeTaskArea(TaskArea area) {
		requireDraft("taskArea.removeOnlyInDraft");
		taskAreas.remove(area);
		renumberTaskAreas();
	}

	/** Moves a task area up (-1) or down (+1) the list; at either end nothing moves. */
	public void moveTaskArea(TaskArea area, int step) {
		requireOpen();
		int from = taskAreas.indexOf(area);
		int to = from + Integer.signum(step);
		if (from < 0 || to < 0 || to >= taskAreas.size()) {
			return;
		}
		taskAreas.set(from, taskAreas.get(to));
		taskAreas.set(to, area);
		renumberTaskAreas();
	}

	private void renumberTaskAreas() {
		for (int i = 0; i < taskAreas.size(); i++) {
			taskAreas.get(i).renumber(i + 1);
		}
	}

	public TaskArea taskArea(Long taskAreaId) {
		return taskAreas.stream()
			.filter(a -> a.getId().equals(taskAreaId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("task area", taskAreaId));
	}

	// --- reporting periods ------------------------------------------------------------------------------------------

	/**
	 * Adds periods after checking them all: a period that ends before it starts, is due before it ends, lies outside
	 * the campaign without being the baseline, or overlaps another of its cadence is refused, and then none is added.
	 */
	public List<ReportingPeriod> addPeriods(List<PeriodCalendar.Draft> drafts) {
		requireOpen();
		List<PeriodCalendar.Draft> accepted = new ArrayList<>();
		for (PeriodCalendar.Draft draft : drafts) {
			check(draft, null);
			for (PeriodCalendar.Draft earlier : accepted) {
				if (earlier.cadence() == draft.cadence() && !earlier.startDate().isAfter(draft.endDate())
						&& !draft.startDate().isAfter(earlier.endDate())) {
					throw new FieldException("startDate", "period.overlaps", earlier.name());
				}
			}
			accepted.add(draft);
		}
		List<ReportingPeriod> added = accepted.stream().map(d -> new ReportingPeriod(this, d)).toList();
		periods.addAll(added);
		periods.sort(Comparator.comparing(ReportingPeriod::getStartDate).thenComparing(ReportingPeriod::getEndDate));
		return added;
	}

	/** Changes a period; only while the campaign is being set up (reports may refer to it afterwards). */
	public void updatePeriod(ReportingPeriod period, PeriodCalendar.Draft draft) {
		requireDraftForPeriodChange();
		check(draft, period);
		period.update(draft);
	}

	/** Deletes a period; only while the campaign is being set up. */
	public void removePeriod(ReportingPeriod period) {
		requireDraftForPeriodChange();
		periods.remove(period);
	}

	private void requireDraftForPeriodChange() {
		requireDraft("period.changeOnlyInDraft");
	}

	private void requireDraft(String messageKey) {
		requireOpen();
		if (status != CampaignStatus.DRAFT) {
			throw new DomainException(messageKey);
		}
	}

	private void check(PeriodCalendar.Draft draft, ReportingPeriod except) {
		if (draft.endDate().isBefore(draft.startDate())) {
			throw new FieldException("endDate", "period.endDate.beforeStart");
		}
		if (draft.dueDate().isBefore(draft.endDate())) {
			throw new FieldException("dueDate", "period.dueDate.beforeEnd", Formats.DATE.format(draft.endDate()));
		}
		if (!draft.baseline()) {
			if (draft.startDate().isBefore(startDate)) {
				throw new FieldException("startDate", "period.outsideCampaign", Formats.DATE.format(startDate),
						Formats.DATE.format(endDate));
			}
			if (draft.endDate().isAfter(endDate)) {
				throw new FieldException("endDate", "period.outsideCampaign", Formats.DATE.format(startDate),
						Formats.DATE.format(endDate));
			}
		}
		for (ReportingPeriod other : periods) {
			if (other != except && other.getCadence() == draft.cadence()
					&& other.overlaps(draft.startDate(), draft.endDate())) {
				throw new FieldException("startDate", "period.overlaps", other.getName());
			}
		}
	}

	public ReportingPeriod period(Long periodId) {
		return periods.stream()
			.filter(p -> p.getId().equals(periodId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("period", periodId));
	}

	// --- participating units ----------------------------------------------------------------------------------------

	/** Adds a unit to the campaign; a unit takes part once. */
	public Participant addParticipant(Long unitId) {
		requireOpen();
		if (isParticipant(unitId)) {
			throw new FieldException("unitId", "participant.already");
		}
		Participant participant = new Participant(this, unitId);
		participants.add(participant);
		return participant;
	}

	public void updateParticipant(Participant participant, String contactName, String contactPosition,
			String contactPhone, String contactEmail, LocalDate joinedOn, LocalDate leftOn) {
		requireOpen();
		participant.update(contactName, contactPosition, contactPhone, contactEmail, joinedOn, leftOn);
	}

	/**
	 * Takes a unit out while the campaign is being set up. Once it runs, the unit's registration and reports belong to
	 * the record: a unit that stops taking part gets the date it left instead.
	 */
	public void removeParticipant(Participant participant) {
		requireDraft("participant.removeOnlyInDraft");
		participants.remove(participant);
	}

	public boolean isParticipant(Long unitId) {
		return participants.stream().anyMatch(p -> p.getUnitId().equals(unitId));
	}

	public Participant participant(Long participantId) {
		return participants.stream()
			.filter(p -> p.getId().equals(participantId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("participant", participantId));
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	public Long getId() {
		return id;
	}

	public Long getCommitteeId() {
		return committeeId;
	}

	public String getPlanNumber() {
		return planNumber;
	}

	public LocalDate getPlanDate() {
		return planDate;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public String getTitle() {
		return title;
	}

	public String getTheme() {
		return theme;
	}

	public String getPurpose() {
		return purpose;
	}

	public String getRequirements() {
		return requirements;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public int getBaselineYear() {
		return baselineYear;
	}

	public CampaignGoals getGoals() {
		return new CampaignGoals(goalReduceCases, goalReduceDeaths, goalReduceInjured, goalReduceDrinkDriving,
				goalNoEspeciallySerious, goalNoCommercialTransport);
	}

	public AccidentPeriodConvention getAccidentConvention() {
		return accidentConvention;
	}

	public CampaignStatus getStatus() {
		return status;
	}

	public boolean isClosed() {
		return status == CampaignStatus.CLOSED;
	}

	public List<TaskArea> getTaskAreas() {
		return List.copyOf(taskAreas);
	}

	public List<ReportingPeriod> getPeriods() {
		return List.copyOf(periods);
	}

	public List<Participant> getParticipants() {
		return List.copyOf(participants);
	}

	public List<CampaignTransition> getHistory() {
		return List.copyOf(history);
	}
}
