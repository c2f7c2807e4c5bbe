package vn.atgt.thidua.commendation;

/** A unit that proposes more than the office's quota per unit. */
public record QuotaWarning(Long unitId, String unitName, long proposals, int quota) {
}
