package vn.atgt.thidua.unit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.common.text.SearchText;
import vn.atgt.thidua.unit.UnitKind;

/** A member unit (đơn vị thành viên) of a committee: an agency, a commune's People's Committee, an organisation. */
@Entity
@Table(name = "units")
public class MemberUnit extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 30)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "short_name", length = 80)
	private String shortName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private UnitKind kind;

	@Column(name = "area_id")
	private Long areaId;

	@Column(name = "committee_id")
	private Long committeeId;

	@Column(nullable = false)
	private boolean active = true;

	@Column(length = 200)
	private String email;

	@Column(length = 30)
	private String phone;

	@Column(name = "supplies_accident_figures", nullable = false)
	private boolean suppliesAccidentFigures;

	@Column(name = "search_key", nullable = false, length = 600)
	private String searchKey;

	protected MemberUnit() {
	}

	public MemberUnit(String code, String name, UnitKind kind) {
		this.code = code;
		this.name = name;
		this.kind = kind;
	}

	@PrePersist
	@PreUpdate
	void refreshSearchKey() {
		searchKey = SearchText.key(String.join(" ", code, name, shortName == null ? "" : shortName));
	}

	public void update(String code, String name, String shortName, UnitKind kind, Long areaId, Long committeeId,
			String email, String phone, boolean suppliesAccidentFigures) {
		this.code = code;
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
		this.areaId = areaId;
		this.committeeId = committeeId;
		this.email = email;
		this.phone = phone;
		this.suppliesAccidentFigures = suppliesAccidentFigures;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getShortName() {
		return shortName;
	}

	public UnitKind getKind() {
		return kind;
	}

	public Long getAreaId() {
		return areaId;
	}

	public Long getCommitteeId() {
		return committeeId;
	}

	public boolean isActive() {
		return active;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public boolean isSuppliesAccidentFigures() {
		return suppliesAccidentFigures;
	}
}
