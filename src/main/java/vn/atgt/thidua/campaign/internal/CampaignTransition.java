package vn.atgt.thidua.campaign.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.atgt.thidua.campaign.CampaignStatus;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.HistoryStep;
import vn.atgt.thidua.common.persistence.NotAudited;

/** One step of a campaign's life, written once and never changed: it is a history of its own. */
@Entity
@Table(name = "campaign_transitions")
@NotAudited
public class CampaignTransition extends HistoryStep {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "campaign_id", updatable = false)
	private Campaign campaign;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20, updatable = false)
	private CampaignStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 20, updatable = false)
	private CampaignStatus toStatus;

	protected CampaignTransition() {
	}

	CampaignTransition(Campaign campaign, CampaignStatus fromStatus, CampaignStatus toStatus, Actor actor) {
		super(actor);
		this.campaign = campaign;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
	}

	public CampaignStatus getFromStatus() {
		return fromStatus;
	}

	public CampaignStatus getToStatus() {
		return toStatus;
	}
}
