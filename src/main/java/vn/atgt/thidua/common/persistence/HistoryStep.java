package vn.atgt.thidua.common.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One step of an item's history (a change of status, with who and when), written once and never changed: the
 * history is a record of its own, so it is not audited again. Subclasses add the item and what changed.
 */
@MappedSuperclass
@NotAudited
public abstract class HistoryStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false, length = 60, updatable = false)
	private String changedBy;

	@Column(name = "changed_by_name", length = 150, updatable = false)
	private String changedByName;

	protected HistoryStep() {
	}

	protected HistoryStep(Actor actor) {
		this.changedAt = actor.at();
		this.changedBy = actor.username();
		this.changedByName = actor.name();
	}

	public Long getId() {
		return id;
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
