package vn.atgt.thidua.unit.internal;

import vn.atgt.thidua.unit.CommitteePlace;
import vn.atgt.thidua.unit.CommitteeSummary;

/** A committee in short with whether any committee reports to it: both answers of one statement. */
public record CommitteeStanding(Long id, String name, Long areaId, Long standingOfficeUnitId, boolean active,
		Long parentId, boolean hasChildren) {

	public CommitteeSummary summary() {
		return new CommitteeSummary(id, name, areaId, standingOfficeUnitId, active, parentId);
	}

	public CommitteePlace place() {
		return new CommitteePlace(id, parentId, hasChildren);
	}
}
