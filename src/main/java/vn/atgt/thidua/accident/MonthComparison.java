package vn.atgt.thidua.accident;

/**
 * One accident month of a campaign beside the same month of the baseline year: where each month's figures stand
 * (null: nothing entered), the comparison of the confirmed figures (a side without confirmed figures is null: "chưa
 * có số liệu") and the cumulative comparison from the campaign's first month up to this one.
 */
public record MonthComparison(AccidentPeriod period, AccidentPeriod baselinePeriod, SheetStatus status,
		SheetStatus baselineStatus, Comparison comparison, Cumulative cumulative) {

	public boolean isConfirmed() {
		return status == SheetStatus.CONFIRMED;
	}

	public boolean isBaselineConfirmed() {
		return baselineStatus == SheetStatus.CONFIRMED;
	}
}
