package vn.atgt.thidua.exemplar.internal;

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
import vn.atgt.thidua.exemplar.ExemplarStatus;

/** One step of an exemplar's life, written once and never changed. */
@Entity
@Table(name = "exemplar_transitions")
@NotAudited
public class ExemplarTransition extends HistoryStep {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "exemplar_id", updatable = false)
	private Exemplar exemplar;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20, updatable = false)
	private ExemplarStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 20, updatable = false)
	private ExemplarStatus toStatus;

	@Column(length = 2000, updatable = false)
	private String reason;

	protected ExemplarTransition() {
	}

	ExemplarTransition(Exemplar exemplar, ExemplarStatus fromStatus, ExemplarStatus toStatus, String reason,
			Actor actor) {
		super(actor);
		this.exemplar = exemplar;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = reason;
	}
}
