package vn.atgt.thidua.unit;

/** What an administrator enters for a person on the committee. */
public record MemberCommand(String personName, String position, Long unitId, CommitteeRole role, int sortOrder) {
}
