package vn.atgt.thidua.exemplar.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.AuditedEntity;

/** One place an exemplar was replicated: the unit that took it up and the date (a unit may take it up once a day). */
@Entity
@Table(name = "exemplar_replications")
public class ExemplarReplication extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "exemplar_id", nullable = false, updatable = false)
	private Long exemplarId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "replicated_on", nullable = false, updatable = false)
	private LocalDate replicatedOn;

	@Column(length = 1000)
	private String note;

	protected ExemplarReplication() {
	}

	public ExemplarReplication(Long exemplarId, Long unitId, LocalDate replicatedOn, String note) {
		this.exemplarId = exemplarId;
		this.unitId = unitId;
		this.replicatedOn = replicatedOn;
		this.note = note;
	}

	public Long getId() {
		return id;
	}

	public Long getExemplarId() {
		return exemplarId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public LocalDate getReplicatedOn() {
		return replicatedOn;
	}

	public String getNote() {
		return note;
	}
}
