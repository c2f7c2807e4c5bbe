package vn.atgt.thidua.unit;

import java.util.List;

/**
 * The create or edit form of a member unit: the unit (null for a new one), the areas and committees to choose from,
 * and the committee a new unit is proposed for (the installation's main one).
 */
public record UnitFormPage(UnitRow unit, List<AreaRow> areas, List<CommitteeSummary> committees,
		Long proposedCommitteeId) {
}
