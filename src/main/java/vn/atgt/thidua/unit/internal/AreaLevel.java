package vn.atgt.thidua.unit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A level of the administrative tree (Tỉnh, Huyện, Xã, Phường, Thị trấn, Đặc khu …): a catalogue row, not code. */
@Entity
@Table(name = "area_levels")
public class AreaLevel {

	@Id
	private Long id;

	@Column(nullable = false, length = 30)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	/** 1 province level, 2 district level (abolished on 1/7/2025), 3 commune level. */
	@Column(nullable = false)
	private int tier;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected AreaLevel() {
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

	public int getTier() {
		return tier;
	}
}
