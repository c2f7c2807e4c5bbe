package vn.atgt.thidua.registration.internal;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Persistable;

import vn.atgt.thidua.common.persistence.AuditedEntity;

/** The registration deadline (hạn đăng ký thi đua) the standing office set for a campaign (by id). */
@Entity
@Table(name = "target_registration_deadlines")
public class RegistrationDeadline extends AuditedEntity implements Persistable<Long> {

	@Id
	@Column(name = "campaign_id")
	private Long campaignId;

	@Column(nullable = false)
	private LocalDate deadline;

	protected RegistrationDeadline() {
	}

	public RegistrationDeadline(Long campaignId, LocalDate deadline) {
		this.campaignId = Objects.requireNonNull(campaignId);
		this.deadline = Objects.requireNonNull(deadline);
	}

	public void moveTo(LocalDate deadline) {
		this.deadline = Objects.requireNonNull(deadline);
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

	public Long getCampaignId() {
		return campaignId;
	}

	public LocalDate getDeadline() {
		return deadline;
	}
}
