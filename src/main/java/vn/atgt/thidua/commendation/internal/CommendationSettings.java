package vn.atgt.thidua.commendation.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.AuditedEntity;

/**
 * A committee's settings for commendation: the share of votes in favour a nominee needs (no national threshold exists
 * for a Giấy khen, so the committee sets it), the quota of proposals per unit (a warning), the days of publication.
 */
@Entity
@Table(name = "commendation_settings")
public class CommendationSettings extends AuditedEntity {

	/** Without a setting of its own a committee asks for more than half of the members present. */
	public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("50.00");
	public static final int DEFAULT_PUBLISH_DAYS = 5;

	@Id
	@Column(name = "committee_id")
	private Long committeeId;

	@Column(name = "vote_threshold", nullable = false, precision = 5, scale = 2)
	private BigDecimal voteThreshold;

	@Column(name = "quota_per_unit")
	private Integer quotaPerUnit;

	@Column(name = "publish_days", nullable = false)
	private int publishDays;

	protected CommendationSettings() {
	}

	public CommendationSettings(Long committeeId) {
		this.committeeId = committeeId;
		this.voteThreshold = DEFAULT_THRESHOLD;
		this.publishDays = DEFAULT_PUBLISH_DAYS;
	}

	public void update(BigDecimal voteThreshold, Integer quotaPerUnit, int publishDays) {
		this.voteThreshold = voteThreshold;
		this.quotaPerUnit = quotaPerUnit;
		this.publishDays = publishDays;
	}

	// @formatter:off
	public Long getCommitteeId() { return committeeId; }
	public BigDecimal getVoteThreshold() { return voteThreshold; }
	public Integer getQuotaPerUnit() { return quotaPerUnit; }
	public int getPublishDays() { return publishDays; }
	// @formatter:on
}
