package vn.atgt.thidua.unit;

/** A committee for selection lists. */
public record CommitteeSummary(Long id, String name, Long areaId, Long standingOfficeUnitId, boolean active) {
}
