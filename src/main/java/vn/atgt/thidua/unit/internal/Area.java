package vn.atgt.thidua.unit.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.common.text.SearchText;

/** An administrative area valid between two dates, in a tree under its parent. */
@Entity
@Table(name = "areas")
public class Area extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 150)
	private String name;

	@Column(name = "official_code", length = 20)
	private String officialCode;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "level_id")
	private AreaLevel level;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Area parent;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	@Column(name = "search_key", nullable = false, length = 400)
	private String searchKey;

	protected Area() {
	}

	public Area(String name, AreaLevel level) {
		this.name = name;
		this.level = level;
	}

	@PrePersist
	@PreUpdate
	void refreshSearchKey() {
		searchKey = SearchText.key(level.getName() + " " + name + " " + (officialCode == null ? "" : officialCode));
	}

	public void update(String name, String officialCode, AreaLevel level, LocalDate validFrom, LocalDate validTo) {
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			throw new FieldException("validTo", "area.validTo.beforeFrom");
		}
		this.name = name;
		this.officialCode = officialCode;
		this.level = level;
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	/** Places the area under a new parent; refuses a parent that lies below it (a cycle). */
	public void moveUnder(Area newParent) {
		for (Area a = newParent; a != null; a = a.parent) {
			if (a == this || (id != null && id.equals(a.id))) {
				throw new FieldException("parentId", "area.parent.cycle");
			}
		}
		this.parent = newParent;
	}

	public boolean isValidOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getOfficialCode() {
		return officialCode;
	}

	public AreaLevel getLevel() {
		return level;
	}

	public Area getParent() {
		return parent;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public String displayName() {
		return level.getName() + " " + name;
	}
}
