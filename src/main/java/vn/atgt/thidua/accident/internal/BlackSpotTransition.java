package vn.atgt.thidua.accident.internal;

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

import vn.atgt.thidua.accident.BlackSpotStatus;
import vn.atgt.thidua.common.persistence.NotAudited;

/** One step of a point's treatment, written once and never changed: it is a history of its own. */
@Entity
@Table(name = "black_spot_transitions")
@NotAudited
public class BlackSpotTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "black_spot_id", updatable = false)
	private BlackSpot blackSpot;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20, updatable = false)
	private BlackSpotStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 20, updatable = false)
	private BlackSpotStatus toStatus;

	@Column(length = 1000, updatable = false)
	private String note;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false, length = 60, updatable = false)
	private String changedBy;

	@Column(name = "changed_by_name", length = 150, updatable = false)
	private String changedByName;

	protected BlackSpotTransition() {
	}

	BlackSpotTransition(BlackSpot blackSpot, BlackSpotStatus fromStatus, BlackSpotStatus toStatus, String note,
			Actor actor) {
		this.blackSpot = blackSpot;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.note = note;
		this.changedAt = actor.at();
		this.changedBy = actor.username();
		this.changedByName = actor.name();
	}

	public Long getId() {
		return id;
	}
}
