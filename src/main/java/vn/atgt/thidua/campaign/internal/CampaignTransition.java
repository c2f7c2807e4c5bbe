package vn.atgt.thidua.campaign.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.atgt.thidua.campaign.CampaignStatus;
import vn.atgt.thidua.common.persistence.NotAudited;

/** One step of a campaign's life, written once and never changed: it is a history of its own. */
@Entity
@Table(name = "campaign_transitions")
@NotAudited
public class CampaignTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "campaign_id", updatable = false)
	private Campaign campaign;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20, updatable = false)
	private CampaignStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 20, updatable = false)
	private CampaignStatus toStatus;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false, length = 60, updatable = false)
	private String changedBy;

	@Column(name = "changed_by_name", length = 150, updatable = false)
	private String changedByName;

	protected CampaignTransition() {
	}

	CampaignTransition(Campaign campaign, CampaignStatus fromStatus, CampaignStatus toStatus, Actor actor) {
		this.campaign = campaign;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.changedAt = actor.at();
		this.changedBy = actor.username();
		this.changedByName = actor.name();
	}

	public Long getId() {
		return id;
	}

	public CampaignStatus getFromStatus() {
		return fromStatus;
	}

	public CampaignStatus getToStatus() {
		return toStatus;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public String getChangedByName() {
		return changedByName;
	}
}
