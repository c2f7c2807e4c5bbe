package vn.atgt.thidua.scoring.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.scoring.InvalidScoreException;
import vn.atgt.thidua.scoring.LineView;
import vn.atgt.thidua.scoring.ScoreAction;
import vn.atgt.thidua.scoring.ScoreRules;
import vn.atgt.thidua.scoring.ScoreStatus;
import vn.atgt.thidua.scoring.ScoreView;

/**
 * A unit's score in a campaign and the rules of its workflow ({@code DRAFT → SUBMITTED → ACCEPTED | RETURNED}; a
 * returned score is edited like a draft and submitted again; an accepted one is locked until the office reopens it
 * with a reason; an accepted one is made final by the leadership with the council's meeting date and minutes, and a
 * final one is reopened only by a leader, with a reason, back to accepted). The unit writes only its self-score and only while it is editable; the office writes only the
 * reviewed values, only while it is submitted; a submission clears the previous review, so that the office reviews
 * what the unit sent last. An exclusion (condition met) may be recorded or lifted at any time, with a note: it keeps
 * the score but takes the unit out of the ranking. Every step is kept in the history with who, when and why.
 */
@Entity
@Table(name = "unit_scores")
public class UnitScore extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "campaign_id", nullable = false, updatable = false)
	private Long campaignId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ScoreStatus status;

	@Column(name = "office_note", length = 2000)
	private String officeNote;

	@Column(name = "first_submitted_at")
	private Instant firstSubmittedAt;

	@Column(name = "last_submitted_at")
	private Instant lastSubmittedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "exclusion_id")
	private Long exclusionId;

	@Column(name = "exclusion_note", length = 2000)
	private String exclusionNote;

	@Column(name = "final_meeting_date")
	private LocalDate finalMeetingDate;

	@Column(name = "final_minutes", length = 200)
	private String finalMinutes;

	@Column(name = "finalised_at")
	private Instant finalisedAt;

	@OneToMany(mappedBy = "score", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<ScoreLine> lines = new ArrayList<>();

	@OneToMany(mappedBy = "score", cascade = CascadeType.PERSIST)
	@OrderBy("changedAt, id")
	private List<ScoreTransition> history = new ArrayList<>();

	protected UnitScore() {
	}

	/** A unit starts its self-score: a draft. */
	public UnitScore(Long campaignId, Long unitId, Actor actor) {
		this.campaignId = Objects.requireNonNull(campaignId);
		this.unitId = Objects.requireNonNull(unitId);
		this.status = ScoreStatus.DRAFT;
		history.add(new ScoreTransition(this, ScoreAction.STARTED, null, ScoreStatus.DRAFT, null, actor));
	}

	// --- the unit ---------------------------------------------------------------------------------------------------

	/** Keeps the unit's values, comments and evidence (checked by {@link ScoreRules}) while editable. */
	public void write(Map<Long, ScoreRules.Line> values) {
		requireEditable();
		values.forEach((criterionId, line) -> lineFor(criterionId).self(line.value(), line.comment(),
				line.evidence()));
	}

	/** The unit's head sends the score (complete, as the caller checked): the office's earlier review is cleared. */
	public void submit(Actor actor) {
		requireEditable();
		lines.forEach(l -> l.review(null, null));
		moveTo(ScoreAction.SUBMITTED, ScoreStatus.SUBMITTED, null, actor);
		if (firstSubmittedAt == null) {
			firstSubmittedAt = actor.at();
		}
		lastSubmittedAt = actor.at();
		officeNote = null;
		decidedAt = null;
	}

	public void requireEditable() {
		if (!status.isEditable()) {
			throw new DomainException("scoring.score.notEditable." + status.name());
		}
	}

	// --- the office -------------------------------------------------------------------------------------------------

	/**
	 * Keeps the office's reviewed values with their reasons (checked by the caller: a reason wherever the value
	 * differs from the unit's). A value equal to the unit's is kept as no adjustment.
	 */
	public void review(Map<Long, ScoreRules.Line> reviewed, Actor actor) {
		requireSubmitted();
		reviewed.forEach((criterionId, line) -> {
			ScoreLine l = lineFor(criterionId);
			boolean same = line.value() == null || l.getSelfPoints() != null
					&& line.value().compareTo(l.getSelfPoints()) == 0;
			l.review(same ? null : line.value(), line.comment());
		});
		history.add(new ScoreTransition(this, ScoreAction.REVIEWED, status, status, null, actor));
	}

	public void accept(Actor actor) {
		requireSubmitted();
		moveTo(ScoreAction.ACCEPTED, ScoreStatus.ACCEPTED, null, actor);
		decidedAt = actor.at();
	}

	/** Returns the score to the unit with a reason; the comments on lines stay for the unit to read. */
	public void returnForChanges(String reason, Actor actor) {
		requireSubmitted();
		String why = ScoreRules.reason("reason", reason);
		moveTo(ScoreAction.RETURNED, ScoreStatus.RETURNED, why, actor);
		officeNote = why;
		decidedAt = actor.at();
	}

	public void reopen(String reason, Actor actor) {
		if (status != ScoreStatus.ACCEPTED) {
			throw new DomainException("scoring.score.reopen.notAccepted");
		}
		String why = ScoreRules.reason("reason", reason);
		moveTo(ScoreAction.REOPENED, ScoreStatus.RETURNED, why, actor);
		officeNote = why;
		decidedAt = actor.at();
	}

	// --- the leadership ---------------------------------------------------------------------------------------------

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** The longest minutes reference kept (e.g. "Biên bản số 05/BB-HĐTĐKT"). */
	public static final int MINUTES_MAX = 200;

	/**
	 * Confirms the accepted score as the official result after the council's meeting: the final points by criterion
	 * (checked by the caller against the table; those not given stay as reviewed), the meeting's date (not after
	 * {@code today}) and the minutes' reference. The history step carries the minutes and the date.
	 */
	public void confirm(Map<Long, ScoreRules.Line> finals, LocalDate meetingDate, String minutes, LocalDate today,
			Actor actor) {
		if (status != ScoreStatus.ACCEPTED) {
			throw new DomainException("scoring.final.notAccepted");
		}
		List<FieldException> problems = new ArrayList<>();
		if (meetingDate == null) {
			problems.add(new FieldException("meetingDate", "scoring.final.dateRequired"));
		}
		else if (meetingDate.isAfter(today)) {
			problems.add(new FieldException("meetingDate", "scoring.final.dateFuture"));
		}
		String ref = ScoreRules.clean(minutes);
		if (ref == null) {
			problems.add(new FieldException("minutes", "scoring.final.minutesRequired"));
		}
		else if (ref.length() > MINUTES_MAX) {
			problems.add(new FieldException("minutes", "scoring.tooLong", MINUTES_MAX));
		}
		if (!problems.isEmpty()) {
			throw new InvalidScoreException(problems);
		}
		lines.forEach(l -> {
			ScoreRules.Line given = finals.get(l.getCriterionId());
			BigDecimal value = given == null || given.value() == null ? l.counted() : given.value();
			l.confirm(value, given == null ? null : given.comment());
		});
		this.finalMeetingDate = meetingDate;
		this.finalMinutes = ref;
		this.finalisedAt = actor.at();
		moveTo(ScoreAction.FINALISED, ScoreStatus.FINAL, ref + " — " + meetingDate.format(DATE), actor);
	}

	/** A leader reopens a final score, with a reason: it is accepted again (as reviewed) and no longer final. */
	public void reopenFinal(String reason, Actor actor) {
		if (status != ScoreStatus.FINAL) {
			throw new DomainException("scoring.final.notFinal");
		}
		String why = ScoreRules.reason("reason", reason);
		lines.forEach(l -> l.confirm(null, null));
		this.finalMeetingDate = null;
		this.finalMinutes = null;
		this.finalisedAt = null;
		moveTo(ScoreAction.FINAL_REOPENED, ScoreStatus.ACCEPTED, why, actor);
	}

	/** Records an exclusion condition as met by the unit (it leaves the ranking), with what shows it. */
	public void exclude(Long exclusionId, String note, Actor actor) {
		String why = ScoreRules.reason("note", note);
		this.exclusionId = Objects.requireNonNull(exclusionId);
		this.exclusionNote = why;
		history.add(new ScoreTransition(this, ScoreAction.EXCLUDED, status, status, why, actor));
	}

	/** Lifts a recorded exclusion, with a reason. */
	public void include(String reason, Actor actor) {
		if (exclusionId == null) {
			throw new DomainException("scoring.exclusion.notExcluded");
		}
		String why = ScoreRules.reason("note", reason);
		this.exclusionId = null;
		this.exclusionNote = null;
		history.add(new ScoreTransition(this, ScoreAction.INCLUDED, status, status, why, actor));
	}

	private void requireSubmitted() {
		if (status != ScoreStatus.SUBMITTED) {
			throw new DomainException("scoring.score.notSubmitted");
		}
	}

	private void moveTo(ScoreAction action, ScoreStatus next, String reason, Actor actor) {
		history.add(new ScoreTransition(this, action, status, next, reason, actor));
		status = next;
	}

	private ScoreLine lineFor(Long criterionId) {
		return line(criterionId).orElseGet(() -> {
			ScoreLine line = new ScoreLine(this, criterionId);
			lines.add(line);
			return line;
		});
	}

	private Optional<ScoreLine> line(Long criterionId) {
		return lines.stream().filter(l -> l.getCriterionId().equals(criterionId)).findFirst();
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	public ScoreView view() {
		return view(true);
	}

	/** As {@link #view()}; without the history when {@code withHistory} is false (lists read no history). */
	public ScoreView view(boolean withHistory) {
		Map<Long, LineView> byCriterion = new LinkedHashMap<>();
		lines.forEach(l -> byCriterion.put(l.getCriterionId(), new LineView(l.getCriterionId(), l.getSelfPoints(),
				l.getSelfComment(), l.getEvidence(), l.getReviewedPoints(), l.getReviewComment(), l.getFinalPoints(),
				l.getFinalComment())));
		return new ScoreView(id, campaignId, unitId, status, officeNote, firstSubmittedAt, lastSubmittedAt,
				exclusionId, exclusionNote, finalMeetingDate, finalMinutes, getVersion(), byCriterion,
				withHistory ? history.stream().map(ScoreTransition::view).toList() : List.of());
	}

	/** The values of the unit's self-score by criterion (for the complete check at submission). */
	public Map<Long, BigDecimal> selfValues() {
		return view(false).selfValues();
	}

	public Long getId() {
		return id;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public ScoreStatus getStatus() {
		return status;
	}
}
