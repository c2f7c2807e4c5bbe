package vn.atgt.thidua.unit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.unit.CommitteeRole;

/** A person on the committee, with her position and the unit she represents. */
@Entity
@Table(name = "committee_members")
public class CommitteeMember extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "committee_id", nullable = false)
	private Long committeeId;

	@Column(name = "person_name", nullable = false, length = 150)
	private String personName;

	@Column(length = 200)
	private String position;

	@Column(name = "unit_id")
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private CommitteeRole role;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected CommitteeMember() {
	}

	public CommitteeMember(Long committeeId) {
		this.committeeId = committeeId;
	}

	public void update(String personName, String position, Long unitId, CommitteeRole role, int sortOrder) {
		this.personName = personName;
		this.position = position;
		this.unitId = unitId;
		this.role = role;
		this.sortOrder = sortOrder;
	}

	public Long getId() {
		return id;
	}

	public Long getCommitteeId() {
		return committeeId;
	}

	public String getPersonName() {
		return personName;
	}

	public String getPosition() {
		return position;
	}

	public Long getUnitId() {
		return unitId;
	}

	public CommitteeRole getRole() {
		return role;
	}

	public int getSortOrder() {
		return sortOrder;
	}
}
