package vn.atgt.thidua.scoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.HistoryStep;
import vn.atgt.thidua.common.persistence.NotAudited;
import vn.atgt.thidua.scoring.ScoreAction;
import vn.atgt.thidua.scoring.ScoreStatus;
import vn.atgt.thidua.scoring.ScoreStep;

/** One step of a unit's score, written once and never changed. */
@Entity
@Table(name = "score_transitions")
@NotAudited
public class ScoreTransition extends HistoryStep {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "score_id", updatable = false)
	private UnitScore score;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20, updatable = false)
	private ScoreAction action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20, updatable = false)
	private ScoreStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 20, updatable = false)
	private ScoreStatus toStatus;

	@Column(length = 2000, updatable = false)
	private String reason;

	protected ScoreTransition() {
	}

	ScoreTransition(UnitScore score, ScoreAction action, ScoreStatus fromStatus, ScoreStatus toStatus, String reason,
			Actor actor) {
		super(actor);
		this.score = score;
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = reason;
	}

	ScoreStep view() {
		return new ScoreStep(action, fromStatus, toStatus, reason, getChangedAt(), getChangedByName() != null
				? getChangedByName() : getChangedBy());
	}
}
