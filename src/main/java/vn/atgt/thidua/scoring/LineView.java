package vn.atgt.thidua.scoring;

import java.math.BigDecimal;

/** A unit's line on one criterion: the self-score with comment and evidence, the reviewed value with its reason. */
public record LineView(Long criterionId, BigDecimal selfPoints, String selfComment, String evidence,
		BigDecimal reviewedPoints, String reviewComment) {

	/** What counts once reviewed: the office's value where it gave one, else the unit's. */
	public BigDecimal counted() {
		return reviewedPoints != null ? reviewedPoints : selfPoints;
	}

	/** True when the office's value differs from the unit's. */
	public boolean adjusted() {
		return reviewedPoints != null && (selfPoints == null || reviewedPoints.compareTo(selfPoints) != 0);
	}
}
