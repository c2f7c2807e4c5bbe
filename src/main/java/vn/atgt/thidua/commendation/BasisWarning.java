package vn.atgt.thidua.commendation;

/**
 * A proposal for a công trạng award that cites only chuyên đề awards as its grounds: a chuyên đề award is not grounds
 * for a công trạng one (issue 16, item 5). A warning for the office; nothing is refused.
 */
public record BasisWarning(Long proposalId, Long unitId, String unitName, String nomineeName, String awardFormName) {
}
