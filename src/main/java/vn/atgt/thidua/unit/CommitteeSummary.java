package vn.atgt.thidua.unit;

/** A committee for selection lists, with the committee it reports to ({@code parentId}, null at the top). */
public record CommitteeSummary(Long id, String name, Long areaId, Long standingOfficeUnitId, boolean active,
		Long parentId) {
}
