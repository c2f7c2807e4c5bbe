package vn.atgt.thidua.commendation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.atgt.thidua.commendation.ProposalStatus;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.HistoryStep;
import vn.atgt.thidua.common.persistence.NotAudited;

/** One step of a proposal's life, written once and never changed. */
@Entity
@Table(name = "proposal_transitions")
@NotAudited
public class ProposalTransition extends HistoryStep {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "proposal_id", updatable = false)
	private Proposal proposal;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20, updatable = false)
	private ProposalStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 20, updatable = false)
	private ProposalStatus toStatus;

	@Column(length = 2000, updatable = false)
	private String reason;

	protected ProposalTransition() {
	}

	ProposalTransition(Proposal proposal, ProposalStatus fromStatus, ProposalStatus toStatus, String reason,
			Actor actor) {
		super(actor);
		this.proposal = proposal;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = reason;
	}
}
