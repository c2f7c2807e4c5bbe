package vn.atgt.thidua.commendation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The fairness figures (Luật 2022 Điều 5; Nghị định 152/2025 Điều 4; the seed's "more awards for front-line staff"):
 * among the individuals proposed (submitted onwards) and among those approved, how many work on the front line and how
 * many are women.
 */
public record Fairness(long proposed, long proposedFrontLine, long proposedWomen, long approved,
		long approvedFrontLine, long approvedWomen) {

	/** The share in percent with one decimal, or null when there is nobody to count. */
	public static BigDecimal share(long part, long whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
				RoundingMode.HALF_UP);
	}

	public BigDecimal proposedFrontLineShare() {
		return share(proposedFrontLine, proposed);
	}

	public BigDecimal proposedWomenShare() {
		return share(proposedWomen, proposed);
	}

	public BigDecimal approvedFrontLineShare() {
		return share(approvedFrontLine, approved);
	}

	public BigDecimal approvedWomenShare() {
		return share(approvedWomen, approved);
	}
}
