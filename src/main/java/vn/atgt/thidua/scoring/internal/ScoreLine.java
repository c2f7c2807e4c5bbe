package vn.atgt.thidua.scoring.internal;

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

/**
 * One criterion of a unit's score: the self-score (points, or occurrences for a deduction) with the unit's comment
 * and evidence, and the office's reviewed value with its reason. Changed only through its {@link UnitScore}.
 */
@Entity
@Table(name = "score_lines")
public class ScoreLine extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "score_id", updatable = false)
	private UnitScore score;

	@Column(name = "criterion_id", nullable = false, updatable = false)
	private Long criterionId;

	@Column(name = "self_points", precision = 8, scale = 2)
	private BigDecimal selfPoints;

	@Column(name = "self_comment", length = 2000)
	private String selfComment;

	@Column(length = 1000)
	private String evidence;

	@Column(name = "reviewed_points", precision = 8, scale = 2)
	private BigDecimal reviewedPoints;

	@Column(name = "review_comment", length = 2000)
	private String reviewComment;

	@Column(name = "final_points", precision = 8, scale = 2)
	private BigDecimal finalPoints;

	@Column(name = "final_comment", length = 2000)
	private String finalComment;

	protected ScoreLine() {
	}

	ScoreLine(UnitScore score, Long criterionId) {
		this.score = score;
		this.criterionId = criterionId;
	}

	void self(BigDecimal points, String comment, String evidence) {
		this.selfPoints = points;
		this.selfComment = comment;
		this.evidence = evidence;
	}

	void review(BigDecimal points, String comment) {
		this.reviewedPoints = points;
		this.reviewComment = comment;
	}

	void confirm(BigDecimal points, String comment) {
		this.finalPoints = points;
		this.finalComment = comment;
	}

	/** What counts once reviewed: the office's value where it gave one, else the unit's. */
	public BigDecimal counted() {
		return reviewedPoints != null ? reviewedPoints : selfPoints;
	}

	public Long getCriterionId() {
		return criterionId;
	}

	public BigDecimal getSelfPoints() {
		return selfPoints;
	}

	public String getSelfComment() {
		return selfComment;
	}

	public String getEvidence() {
		return evidence;
	}

	public BigDecimal getReviewedPoints() {
		return reviewedPoints;
	}

	public String getReviewComment() {
		return reviewComment;
	}

	public BigDecimal getFinalPoints() {
		return finalPoints;
	}

	public String getFinalComment() {
		return finalComment;
	}
}
