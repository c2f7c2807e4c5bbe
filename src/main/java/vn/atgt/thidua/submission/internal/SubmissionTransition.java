package vn.atgt.thidua.submission.internal;

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
import vn.atgt.thidua.submission.SubmissionStatus;

/** One step of a sending's life, written once and never changed. */
@Entity
@Table(name = "upward_submission_transitions")
@NotAudited
public class SubmissionTransition extends HistoryStep {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "submission_id", updatable = false)
	private Submission submission;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20, updatable = false)
	private SubmissionStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 20, updatable = false)
	private SubmissionStatus toStatus;

	@Column(length = 2000, updatable = false)
	private String reason;

	protected SubmissionTransition() {
	}

	SubmissionTransition(Submission submission, SubmissionStatus fromStatus, SubmissionStatus toStatus, String reason,
			Actor actor) {
		super(actor);
		this.submission = submission;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = reason;
	}

	public SubmissionStatus getToStatus() {
		return toStatus;
	}

	public String getReason() {
		return reason;
	}
}
