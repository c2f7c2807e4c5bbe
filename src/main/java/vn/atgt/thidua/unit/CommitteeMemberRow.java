package vn.atgt.thidua.unit;

/** A person on the committee. */
public record CommitteeMemberRow(Long id, String personName, String position, Long unitId, String unitName,
		CommitteeRole role, int sortOrder, long version) {
}
