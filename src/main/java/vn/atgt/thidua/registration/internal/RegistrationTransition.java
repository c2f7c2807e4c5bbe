package vn.atgt.thidua.registration.internal;

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
import vn.atgt.thidua.registration.RegistrationStatus;

/** One step of a registration's life, written once and never changed: it is a history of its own. */
@Entity
@Table(name = "target_registration_transitions")
@NotAudited
public class RegistrationTransition extends HistoryStep {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "registration_id", updatable = false)
	private TargetRegistration registration;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20, updatable = false)
	private RegistrationStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 20, updatable = false)
	private RegistrationStatus toStatus;

	@Column(length = 2000, updatable = false)
	private String reason;

	protected RegistrationTransition() {
	}

	RegistrationTransition(TargetRegistration registration, RegistrationStatus fromStatus,
			RegistrationStatus toStatus, String reason, Actor actor) {
		super(actor);
		this.registration = registration;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = reason;
	}

	public RegistrationStatus getFromStatus() {
		return fromStatus;
	}

	public RegistrationStatus getToStatus() {
		return toStatus;
	}

	public String getReason() {
		return reason;
	}
}
