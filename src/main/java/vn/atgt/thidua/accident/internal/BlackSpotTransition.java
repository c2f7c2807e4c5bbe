package vn.atgt.thidua.accident.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.atgt.thidua.accident.BlackSpotStatus;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.HistoryStep;
import vn.atgt.thidua.common.persistence.NotAudited;

/** One step of a point's treatment, written once and never changed: it is a history of its own. */
@Entity
@Table(name = "black_spot_transitions")
@NotAudited
public class BlackSpotTransition extends HistoryStep {

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

	protected BlackSpotTransition() {
	}

	BlackSpotTransition(BlackSpot blackSpot, BlackSpotStatus fromStatus, BlackSpotStatus toStatus, String note,
			Actor actor) {
		super(actor);
		this.blackSpot = blackSpot;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.note = note;
	}
}
