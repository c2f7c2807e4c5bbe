package vn.atgt.thidua.commendation.internal;

/** A proposal whose công trạng award rests only on chuyên đề awards, as the warning query finds it. */
public record BasisTally(Long proposalId, Long unitId, String nomineeName, String awardFormName) {
}
