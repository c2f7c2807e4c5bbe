package vn.atgt.thidua.report.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.report.ReportRules;

/**
 * The result for one target (by id) in one report: the value achieved in the period for a quantitative target, done
 * or not for a milestone, the unit's comment, and the standing office's comment from the latest return (shown to the
 * unit beside the entry). It changes only through its report.
 */
@Entity
@Table(name = "progress_entries")
public class ProgressEntry extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", updatable = false)
	private ProgressReport report;

	@Column(name = "target_id", nullable = false, updatable = false)
	private Long targetId;

	@Column(name = "period_value", precision = 18, scale = 4)
	private BigDecimal periodValue;

	@Column(name = "milestone_done")
	private Boolean milestoneDone;

	@Column(length = ReportRules.COMMENT_MAX)
	private String comment;

	@Column(name = "review_comment", length = ReportRules.COMMENT_MAX)
	private String reviewComment;

	protected ProgressEntry() {
	}

	ProgressEntry(ProgressReport report, Long targetId) {
		this.report = report;
		this.targetId = targetId;
	}

	/** Records the answer; a null comment leaves the comment as it is, a blank one clears it. */
	void record(BigDecimal periodValue, Boolean milestoneDone, String comment) {
		this.periodValue = periodValue;
		this.milestoneDone = milestoneDone;
		if (comment != null) {
			this.comment = ReportRules.clean(comment);
		}
	}

	void review(String reviewComment) {
		this.reviewComment = reviewComment;
	}

	/** True when the unit said something for the target: a value, or done / not done. */
	boolean isFilled(boolean milestone) {
		return milestone ? milestoneDone != null : periodValue != null;
	}

	public Long getId() {
		return id;
	}

	public Long getTargetId() {
		return targetId;
	}

	public BigDecimal getPeriodValue() {
		return periodValue;
	}

	public Boolean getMilestoneDone() {
		return milestoneDone;
	}

	public String getComment() {
		return comment;
	}

	public String getReviewComment() {
		return reviewComment;
	}
}
