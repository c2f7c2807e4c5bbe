package vn.atgt.thidua.unit;

import java.util.List;

import vn.atgt.thidua.common.NotFoundException;

/**
 * The page of a committee (its document data and its members) or of one of its members: the committee (null for a new
 * one), the areas and units to choose from, and whether the user gives it its first administrator (the system
 * administrator), and whether she places it under a parent committee ({@code placesParent}: the system
 * administrator) with the committees to choose from.
 */
public record CommitteePage(CommitteeView committee, List<AreaRow> areas, List<UnitSummary> units,
		boolean addsAdministrator, boolean placesParent, List<CommitteeSummary> parents) {

	/**
	 * One member of the committee, for her edit form.
	 * @throws NotFoundException when she is not on this committee
	 */
	public CommitteeMemberRow member(Long memberId) {
		return committee.members().stream()
			.filter(m -> m.id().equals(memberId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("committee member", memberId));
	}
}
