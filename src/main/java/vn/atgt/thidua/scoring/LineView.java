package vn.atgt.thidua.scoring;

import java.math.BigDecimal;

/** A unit's line on one criterion: the self-score with comment and evidence, the reviewed value with its reason, and
 * the final value (null until the score is final) with its reason where it differs from the reviewed one. */
public record LineView(Long criterionId, BigDecimal selfPoints, String selfComment, String evidence,
		BigDecimal reviewedPoints, String reviewComment, BigDecimal finalPoints, String finalComment) {

	/** What counts once reviewed: the office's value where it gave one, else the unit's. */
	public BigDecimal counted() {
		return reviewedPoints != null ? reviewedPoints : selfPoints;
	}

	/** What counts in the ranking: the final value once there is one, else the reviewed one. */
	public BigDecimal official() {
		return finalPoints != null ? finalPoints : counted();
	}

	/** True when the final value differs from what the office reviewed. */
	public boolean finalAdjusted() {
		return finalPoints != null && (counted() == null || finalPoints.compareTo(counted()) != 0);
	}

	/** True when the office's value differs from the unit's. */
	public boolean adjusted() {
		return reviewedPoints != null && (selfPoints == null || reviewedPoints.compareTo(selfPoints) != 0);
	}
}
