package vn.atgt.thidua.registration.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.ConstructorResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.registration.RegistrationStatus;
import vn.atgt.thidua.registration.TargetCommand;
import vn.atgt.thidua.registration.TargetRules;

/**
 * A unit's registration for a campaign and the rules of its workflow ({@code DRAFT → SUBMITTED → APPROVED | RETURNED};
 * a returned registration is edited like a draft and submitted again; an approved one is locked until the standing
 * office reopens it, with a reason). Its targets change only through it and only while it is editable; each target
 * name appears once per task area. Every change of status is recorded with who, when and why; every change of a
 * target marks the registration edited, so that a submission made from an older page is refused.
 */
@Entity
@Table(name = "target_registrations")
@SqlResultSetMapping(name = TargetRegistration.STANDING_ROW,
		classes = @ConstructorResult(targetClass = StandingRow.class, columns = {
			@ColumnResult(name = "unit_id", type = Long.class), @ColumnResult(name = "unit_name"),
			@ColumnResult(name = "unit_kind"), @ColumnResult(name = "registration_id", type = Long.class),
			@ColumnResult(name = "status"), @ColumnResult(name = "first_submitted_at", type = Instant.class),
			@ColumnResult(name = "last_submitted_at", type = Instant.class),
			@ColumnResult(name = "decided_at", type = Instant.class),
			@ColumnResult(name = "deadline", type = LocalDate.class) }))
@SqlResultSetMapping(name = TargetRegistration.STATUS_TALLY,
		classes = @ConstructorResult(targetClass = StatusTally.class, columns = { @ColumnResult(name = "status"),
			@ColumnResult(name = "units", type = Long.class),
			@ColumnResult(name = "submitted_late", type = Long.class) }))
@SqlResultSetMapping(name = TargetRegistration.TARGET_COUNT,
		classes = @ConstructorResult(targetClass = TargetCount.class, columns = {
			@ColumnResult(name = "unit_id", type = Long.class), @ColumnResult(name = "task_area_id", type = Long.class),
			@ColumnResult(name = "targets", type = Long.class) }))
public class TargetRegistration extends AuditedEntity {

	/** Native SQL rows of the standings (typed columns, whichever driver answers): {@link StandingRow}. */
	static final String STANDING_ROW = "RegistrationStandingRow";
	static final String STATUS_TALLY = "RegistrationStatusTally";
	static final String TARGET_COUNT = "RegistrationTargetCount";

	public static final int REASON_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "campaign_id", nullable = false, updatable = false)
	private Long campaignId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private RegistrationStatus status;

	@Column(name = "first_submitted_at")
	private Instant firstSubmittedAt;

	@Column(name = "last_submitted_at")
	private Instant lastSubmittedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "office_note", length = REASON_MAX)
	private String officeNote;

	@Column(name = "edited_at", nullable = false)
	private Instant editedAt;

	@OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("taskAreaId, position")
	private List<Target> targets = new ArrayList<>();

	@OneToMany(mappedBy = "registration", cascade = CascadeType.PERSIST)
	@OrderBy("changedAt, id")
	private List<RegistrationTransition> history = new ArrayList<>();

	protected TargetRegistration() {
	}

	/** A unit starts its registration: a draft. */
	public TargetRegistration(Long campaignId, Long unitId, Actor actor) {
		this.campaignId = Objects.requireNonNull(campaignId);
		this.unitId = Objects.requireNonNull(unitId);
		this.status = RegistrationStatus.DRAFT;
		this.editedAt = actor.at();
		history.add(new RegistrationTransition(this, null, RegistrationStatus.DRAFT, null, actor));
	}

	// --- targets ----------------------------------------------------------------------------------------------------

	/** Adds a target at the end of its task area. */
	public Target addTarget(TargetCommand command, Actor actor) {
		requireEditable();
		requireUniqueName(command, null);
		Target target = new Target(this, command, nextPosition(command.taskAreaId()));
		targets.add(target);
		edited(actor);
		return target;
	}

	/** Changes a target; moved to another task area, it goes to the end of that one. */
	public void updateTarget(Target target, TargetCommand command, Actor actor) {
		requireEditable();
		requireUniqueName(command, target);
		boolean moved = !target.getTaskAreaId().equals(command.taskAreaId());
		int position = moved ? nextPosition(command.taskAreaId()) : target.getPosition();
		target.apply(command);
		target.moveTo(position);
		edited(actor);
	}

	/** Removes a target; the ones after it in its task area move up. */
	public void removeTarget(Target target, Actor actor) {
		requireEditable();
		targets.remove(target);
		int position = 1;
		for (Target other : targets) {
			if (other.getTaskAreaId().equals(target.getTaskAreaId())) {
				other.moveTo(position++);
			}
		}
		edited(actor);
	}

	public Target target(Long targetId) {
		return targets.stream()
			.filter(t -> t.getId().equals(targetId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("target", targetId));
	}

	private int nextPosition(Long taskAreaId) {
		return targets.stream()
			.filter(t -> t.getTaskAreaId().equals(taskAreaId))
			.mapToInt(Target::getPosition)
			.max()
			.orElse(0) + 1;
	}

	private void requireUniqueName(TargetCommand command, Target except) {
		String key = TargetRules.nameKey(command.indicatorName());
		for (Target other : targets) {
			if (other != except && other.getTaskAreaId().equals(command.taskAreaId())
					&& TargetRules.nameKey(other.getIndicatorName()).equals(key)) {
				throw new FieldException("indicatorName", "target.indicatorName.duplicate");
			}
			if (other != except && command.suggestedIndicatorId() != null
					&& command.suggestedIndicatorId().equals(other.getSuggestedIndicatorId())) {
				throw new FieldException("indicatorName", "target.indicatorName.duplicate");
			}
		}
	}

	private void edited(Actor actor) {
		this.editedAt = actor.at();
	}

	/** Refuses a change of the targets unless the registration is a draft or returned. */
	public void requireEditable() {
		if (!status.isEditable()) {
			throw new DomainException("target.notEditable." + status.name());
		}
	}

	// --- workflow ---------------------------------------------------------------------------------------------------

	/** The unit's head sends the registration; it needs at least one target. */
	public void submit(Actor actor) {
		if (!status.isEditable()) {
			throw new DomainException("target.submit.notEditable");
		}
		if (targets.isEmpty()) {
			throw new DomainException("target.submit.empty");
		}
		moveTo(RegistrationStatus.SUBMITTED, null, actor);
		if (firstSubmittedAt == null) {
			firstSubmittedAt = actor.at();
		}
		lastSubmittedAt = actor.at();
		decidedAt = null;
		officeNote = null;
	}

	/** The standing office approves a submitted registration: its targets are locked. */
	public void approve(Actor actor) {
		if (status != RegistrationStatus.SUBMITTED) {
			throw new DomainException("target.decide.notSubmitted");
		}
		moveTo(RegistrationStatus.APPROVED, null, actor);
		decidedAt = actor.at();
		targets.forEach(t -> t.comment(null));
	}

	/**
	 * The standing office returns a submitted registration with a reason and, where it has one, a comment per target
	 * (shown to the unit beside that target); earlier comments are replaced.
	 * @throws NotFoundException when a comment names a target of another registration
	 */
	public void returnForChanges(String reason, Map<Long, String> comments, Actor actor) {
		if (status != RegistrationStatus.SUBMITTED) {
			throw new DomainException("target.decide.notSubmitted");
		}
		String why = requireReason(reason);
		Set<Long> own = targets.stream().map(Target::getId).collect(Collectors.toSet());
		comments.keySet().stream().filter(id -> !own.contains(id)).findFirst().ifPresent(id -> {
			throw new NotFoundException("target", id);
		});
		for (String comment : comments.values()) {
			if (comment != null && comment.strip().length() > TargetRules.NOTE_MAX) {
				throw new FieldException("reason", "target.comment.tooLong", TargetRules.NOTE_MAX);
			}
		}
		targets.forEach(t -> t.comment(t.getId() == null ? null : comments.get(t.getId())));
		moveTo(RegistrationStatus.RETURNED, why, actor);
		decidedAt = actor.at();
		officeNote = why;
	}

	/** The standing office reopens an approved registration, with a reason: the unit edits it and submits again. */
	public void reopen(String reason, Actor actor) {
		if (status != RegistrationStatus.APPROVED) {
			throw new DomainException("target.reopen.notApproved");
		}
		String why = requireReason(reason);
		moveTo(RegistrationStatus.DRAFT, why, actor);
		decidedAt = null;
		officeNote = why;
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new FieldException("reason", "target.reason.required");
		}
		if (reason.strip().length() > REASON_MAX) {
			throw new FieldException("reason", "target.tooLong", REASON_MAX);
		}
		return reason.strip();
	}

	private void moveTo(RegistrationStatus next, String reason, Actor actor) {
		history.add(new RegistrationTransition(this, status, next, reason, actor));
		status = next;
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	public Long getId() {
		return id;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public RegistrationStatus getStatus() {
		return status;
	}

	public List<Target> getTargets() {
		return List.copyOf(targets);
	}
}
