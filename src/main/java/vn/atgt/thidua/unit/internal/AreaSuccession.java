package vn.atgt.thidua.unit.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** From {@code effectiveDate} the predecessor area (or part of it) belongs to the successor. */
@Entity
@Table(name = "area_successions")
public class AreaSuccession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "predecessor_id", nullable = false)
	private Long predecessorId;

	@Column(name = "successor_id", nullable = false)
	private Long successorId;

	@Column(name = "effective_date", nullable = false)
	private LocalDate effectiveDate;

	protected AreaSuccession() {
	}

	public AreaSuccession(Long predecessorId, Long successorId, LocalDate effectiveDate) {
		this.predecessorId = predecessorId;
		this.successorId = successorId;
		this.effectiveDate = effectiveDate;
	}

	public Long getId() {
		return id;
	}

	public Long getPredecessorId() {
		return predecessorId;
	}

	public Long getSuccessorId() {
		return successorId;
	}

	public LocalDate getEffectiveDate() {
		return effectiveDate;
	}
}
