package vn.atgt.thidua.dashboard.internal;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Persistable;

import vn.atgt.thidua.common.persistence.AuditedEntity;

/**
 * Whether the public page of a campaign (by id) is on: the standing office switches it on and off; a campaign without
 * this row has its page off. Who switched it and when is in the audit trail and the audited columns.
 */
@Entity
@Table(name = "public_pages")
public class PublicPageSetting extends AuditedEntity implements Persistable<Long> {

	@Id
	@Column(name = "campaign_id")
	private Long campaignId;

	@Column(nullable = false)
	private boolean enabled;

	protected PublicPageSetting() {
	}

	public PublicPageSetting(Long campaignId, boolean enabled) {
		this.campaignId = Objects.requireNonNull(campaignId);
		this.enabled = enabled;
	}

	public void switchTo(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isEnabled() {
		return enabled;
	}

	/** Keyed by the campaign, so Spring Data cannot tell a new one by its id: it is new until first saved. */
	@Override
	public boolean isNew() {
		return getCreatedAt() == null;
	}

	@Override
	public Long getId() {
		return campaignId;
	}
}
