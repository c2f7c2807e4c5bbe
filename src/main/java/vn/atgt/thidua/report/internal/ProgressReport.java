package vn.atgt.thidua.report.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.report.IncompleteReportException;
import vn.atgt.thidua.report.ReportAction;
import vn.atgt.thidua.report.ReportContent;
import vn.atgt.thidua.report.ReportRules;
import vn.atgt.thidua.report.ReportStatus;

/**
 * A unit's report for one reporting period and the rules of its workflow ({@code DRAFT → SUBMITTED → ACCEPTED |
 * RETURNED}; a returned report is edited like a draft and submitted again; an accepted one is locked until the
 * standing office reopens it, with a reason). Its entries and narratives change only through it and only while it is
 * editable. A submission needs every entry filled and is late by the calendar days (Asia/Ho_Chi_Minh) between the
 * period's due date and the day it came; a resubmission after a reopening keeps the lateness of the accepted one,
 * since the office asked for it. Every change of status is recorded with who, when and why.
 */
@Entity
@Table(name = "progress_reports")
public class ProgressReport extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "campaign_id", nullable = false, updatable = false)
	private Long campaignId;

	@Column(name = "period_id", nullable = false, updatable = false)
	private Long periodId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReportStatus status;

	@Column(length = ReportRules.TEXT_MAX)
	private String difficulties;

	@Column(length = ReportRules.TEXT_MAX)
	private String proposals;

	@Column(name = "office_note", length = ReportRules.REASON_MAX)
	private String officeNote;

	@Column(name = "first_submitted_at")
	private Instant firstSubmittedAt;

	@Column(name = "last_submitted_at")
	private Instant lastSubmittedAt;

	@Column(name = "late_days")
	private Integer lateDays;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(nullable = false)
	private boolean reopened;

	@Column(name = "edited_at", nullable = false)
	private Instant editedAt;

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<ProgressEntry> entries = new ArrayList<>();

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<ReportNarrative> narratives = new ArrayList<>();

	@OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
	@OrderBy("changedAt, id")
	private List<ReportTransition> history = new ArrayList<>();

	protected ProgressReport() {
	}

	/** A unit opens its report for a period: a draft. */
	public ProgressReport(Long campaignId, Long periodId, Long unitId, Actor actor) {
		this.campaignId = Objects.requireNonNull(campaignId);
		this.periodId = Objects.requireNonNull(periodId);
		this.unitId = Objects.requireNonNull(unitId);
		this.status = ReportStatus.DRAFT;
		this.editedAt = actor.at();
		history.add(new ReportTransition(this, ReportAction.STARTED, null, ReportStatus.DRAFT, null, null, actor));
	}

	// --- the unit writes --------------------------------------------------------------------------------------------

	/**
	 * Saves what the unit wrote (a draft may be incomplete), as {@link ReportContent} says: entries are created for
	 * targets that have none yet; texts are kept stripped, a blank one as nothing, a null one left as it was.
	 */
	public void write(ReportContent content, Actor actor) {
		requireEditable();
		content.entries().forEach((targetId, input) -> entryFor(targetId).record(input.value(), input.done(),
				input.comment()));
		content.narratives().forEach((areaId, input) -> narrativeFor(areaId).write(input));
		if (content.difficulties() != null) {
			difficulties = ReportRules.clean(content.difficulties());
		}
		if (content.proposals() != null) {
			proposals = ReportRules.clean(content.proposals());
		}
		edited(actor);
	}

	/** The entry of a target, created when the report has none for it yet (evidence is attached to entries). */
	public ProgressEntry entryFor(Long targetId) {
		return entry(targetId).orElseGet(() -> {
			ProgressEntry entry = new ProgressEntry(this, targetId);
			entries.add(entry);
			return entry;
		});
	}

	public Optional<ProgressEntry> entry(Long targetId) {
		return entries.stream().filter(e -> e.getTargetId().equals(targetId)).findFirst();
	}

	private ReportNarrative narrativeFor(Long taskAreaId) {
		return narratives.stream().filter(n -> n.getTaskAreaId().equals(taskAreaId)).findFirst().orElseGet(() -> {
			ReportNarrative narrative = new ReportNarrative(this, taskAreaId);
			narratives.add(narrative);
			return narrative;
		});
	}

	/** Any change of a part (an entry, a narrative, evidence) is a change of the report. */
	public void edited(Actor actor) {
		requireEditable();
		editedAt = actor.at();
	}

	/** Refuses a change unless the report is a draft or returned. */
	public void requireEditable() {
		if (!status.isEditable()) {
			throw new DomainException("report.notEditable." + status.name());
		}
	}

	// --- workflow ---------------------------------------------------------------------------------------------------

	/**
	 * The unit's head sends the report. {@code required} names the targets the report must answer (by id; true for a
	 * milestone; in the report's order): each needs a value, or done / not done. A report with no target at all needs
	 * some text.
	 * @throws IncompleteReportException naming the targets still without an answer
	 */
	public void submit(Map<Long, Boolean> required, LocalDate dueDate, Actor actor) {
		if (!status.isEditable()) {
			throw new DomainException("report.submit.notEditable");
		}
		Map<Long, Boolean> missing = required.entrySet().stream()
			.filter(r -> entry(r.getKey()).map(e -> !e.isFilled(r.getValue())).orElse(true))
			.collect(LinkedHashMap::new, (m, r) -> m.put(r.getKey(), r.getValue()), Map::putAll);
		if (!missing.isEmpty()) {
			throw new IncompleteReportException(missing);
		}
		if (required.isEmpty() && difficulties == null && proposals == null
				&& narratives.stream().allMatch(ReportNarrative::isEmpty)) {
			throw new DomainException("report.submit.empty");
		}
		if (!reopened || lateDays == null) {
			LocalDate day = LocalDate.ofInstant(actor.at(), Formats.ZONE);
			lateDays = (int) Math.max(0, ChronoUnit.DAYS.between(dueDate, day));
		}
		moveTo(ReportAction.SUBMITTED, ReportStatus.SUBMITTED, null, lateDays, actor);
		if (firstSubmittedAt == null) {
			firstSubmittedAt = actor.at();
		}
		lastSubmittedAt = actor.at();
		decidedAt = null;
		officeNote = null;
		reopened = false;
		editedAt = actor.at();
	}

	/** The standing office accepts a submitted report: it is locked, and the comments on entries are done with. */
	public void accept(Actor actor) {
		requireSubmitted();
		moveTo(ReportAction.ACCEPTED, ReportStatus.ACCEPTED, null, null, actor);
		decidedAt = actor.at();
		entries.forEach(e -> e.review(null));
	}

	/**
	 * The standing office returns a submitted report with a reason and, where it has one, a comment per entry (by
	 * target id; shown to the unit beside that entry); earlier comments are replaced.
	 * @throws NotFoundException when a comment names a target the report has no entry for
	 */
	public void returnForChanges(String reason, Map<Long, String> comments, Actor actor) {
		requireSubmitted();
		String why = ReportRules.reason(reason);
		comments.keySet().stream().filter(id -> entry(id).isEmpty()).findFirst().ifPresent(id -> {
			throw new NotFoundException("entry of target", id);
		});
		for (String comment : comments.values()) {
			if (comment != null && comment.strip().length() > ReportRules.COMMENT_MAX) {
				throw new FieldException("reason", "report.comment.tooLong", ReportRules.COMMENT_MAX);
			}
		}
		entries.forEach(e -> e.review(ReportRules.clean(comments.get(e.getTargetId()))));
		moveTo(ReportAction.RETURNED, ReportStatus.RETURNED, why, null, actor);
		decidedAt = actor.at();
		officeNote = why;
	}

	/** The standing office reopens an accepted report, with a reason: the unit corrects it and submits again. */
	public void reopen(String reason, Actor actor) {
		if (status != ReportStatus.ACCEPTED) {
			throw new DomainException("report.reopen.notAccepted");
		}
		String why = ReportRules.reason(reason);
		moveTo(ReportAction.REOPENED, ReportStatus.RETURNED, why, null, actor);
		decidedAt = actor.at();
		officeNote = why;
		reopened = true;
	}

	private void requireSubmitted() {
		if (status != ReportStatus.SUBMITTED) {
			throw new DomainException("report.decide.notSubmitted");
		}
	}

	private void moveTo(ReportAction action, ReportStatus next, String reason, Integer late, Actor actor) {
		history.add(new ReportTransition(this, action, status, next, reason, late, actor));
		status = next;
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	public Long getId() {
		return id;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public Long getPeriodId() {
		return periodId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public ReportStatus getStatus() {
		return status;
	}

	public Integer getLateDays() {
		return lateDays;
	}

	public List<ProgressEntry> getEntries() {
		return List.copyOf(entries);
	}

	/** The value of a target's entry in this report (null when it has none). */
	public BigDecimal valueOf(Long targetId) {
		return entry(targetId).map(ProgressEntry::getPeriodValue).orElse(null);
	}
}
