package vn.atgt.thidua.unit;

import java.time.LocalDate;

/** An administrative area: list line, edit form and look-up result. */
public record AreaRow(Long id, String name, String officialCode, Long levelId, String levelName, int tier,
		Long parentId, String parentLevelName, String parentName, LocalDate validFrom, LocalDate validTo,
		long version) {

	/** "Xã Bản Bo", "Thị trấn Tam Đường". */
	public String displayName() {
		return levelName + " " + name;
	}

	public String parentDisplayName() {
		return parentName == null ? null : parentLevelName + " " + parentName;
	}

	public boolean isValidOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}
}
