package vn.atgt.thidua.campaign.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.atgt.thidua.campaign.CampaignCommand;
import vn.atgt.thidua.campaign.CampaignStatus;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.AuditedEntity;

/**
 * A campaign and the rules of its setup: its plan ({@link CampaignPlan}), task areas, reporting periods and
 * participating units change only through it, so that a closed campaign refuses every change, its periods keep
 * {@link PeriodRules}, and it starts only with at least one task area and one unit. Every change of status is recorded
 * with who and when.
 * <p>
 * Left a little over the house's ~300 lines on purpose: it is the aggregate root, and each of its methods is the one
 * guard ({@link #requireOpen()}, the draft-only rule) in front of one change of a child. The rules with a body of
 * their own already live apart ({@link CampaignPlan} the plan's fields and dates, {@link PeriodRules} the periods'
 * overlaps and bounds); moving the task areas' or participants' methods to helpers would let code change a child
 * without passing through the campaign's status, which is what this class exists to prevent.
 */
@Entity
@Table(name = "campaigns")
public class Campaign extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "committee_id", nullable = false, updatable = false)
	private Long committeeId;

	@Embedded
	private CampaignPlan plan;

	/** The parent committee's campaign this one implements (its plan is cited as the basis); null: none. */
	@Column(name = "follows_campaign_id")
	private Long followsCampaignId;

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

	/**
	 * A new campaign, in draft.
	 * @throws FieldException when the plan ends before it starts or its baseline year is not before it
	 */
	public Campaign(Long committeeId, CampaignCommand details, Actor actor) {
		this.committeeId = Objects.requireNonNull(committeeId);
		this.plan = CampaignPlan.of(details);
		this.followsCampaignId = details.followsCampaignId();
		this.status = CampaignStatus.DRAFT;
		history.add(new CampaignTransition(this, null, CampaignStatus.DRAFT, actor));
	}

	/** Changes what the plan says; refused when closed, or when a period would fall outside the new dates. */
	public void update(CampaignCommand details) {
		requireOpen();
		PeriodRules.requireInside(periods, details.startDate(), details.endDate());
		this.plan = CampaignPlan.of(details);
		this.followsCampaignId = details.followsCampaignId();
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
		return byId(taskAreas, TaskArea::getId, taskAreaId, "task area");
	}

	// --- reporting periods ------------------------------------------------------------------------------------------

	/**
	 * Adds periods after checking them all: a period that ends before it starts, is due before it ends, lies outside
	 * the campaign without being the baseline, or overlaps another of its cadence is refused, and then none is added.
	 */
	public List<ReportingPeriod> addPeriods(List<PeriodCalendar.Draft> drafts) {
		requireOpen();
		PeriodRules.checkNew(drafts, plan, periods);
		List<ReportingPeriod> added = drafts.stream().map(d -> new ReportingPeriod(this, d)).toList();
		periods.addAll(added);
		periods.sort(Comparator.comparing(ReportingPeriod::getStartDate).thenComparing(ReportingPeriod::getEndDate));
		return added;
	}

	/** Changes a period; only while the campaign is being set up (reports may refer to it afterwards). */
	public void updatePeriod(ReportingPeriod period, PeriodCalendar.Draft draft) {
		requireDraft("period.changeOnlyInDraft");
		PeriodRules.check(draft, plan, periods, period);
		period.update(draft);
	}

	/** Deletes a period; only while the campaign is being set up. */
	public void removePeriod(ReportingPeriod period) {
		requireDraft("period.changeOnlyInDraft");
		periods.remove(period);
	}

	private void requireDraft(String messageKey) {
		requireOpen();
		if (status != CampaignStatus.DRAFT) {
			throw new DomainException(messageKey);
		}
	}

	public ReportingPeriod period(Long periodId) {
		return byId(periods, ReportingPeriod::getId, periodId, "period");
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

	private boolean isParticipant(Long unitId) {
		return participants.stream().anyMatch(p -> p.getUnitId().equals(unitId));
	}

	public Participant participant(Long participantId) {
		return byId(participants, Participant::getId, participantId, "participant");
	}

	/** One of the campaign's items; 404 when it belongs to another campaign (or to none). */
	private static <T> T byId(List<T> items, Function<T, Long> id, Long wanted, String what) {
		return items.stream()
			.filter(item -> id.apply(item).equals(wanted))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(what, wanted));
	}

	public Long getId() {
		return id;
	}

	public Long getCommitteeId() {
		return committeeId;
	}

	public Long getFollowsCampaignId() {
		return followsCampaignId;
	}

	/** What the launching plan says (number, dates, baseline year, goals, accident convention …). */
	public CampaignPlan getPlan() {
		return plan;
	}

	public LocalDate getStartDate() {
		return plan.getStartDate();
	}

	public LocalDate getEndDate() {
		return plan.getEndDate();
	}

	public CampaignStatus getStatus() {
		return status;
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
