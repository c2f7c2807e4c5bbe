package vn.atgt.thidua.accident;

import java.util.List;

/**
 * The chart of the three criteria by month against the same months of the baseline year: one label per month
 * ("7/2024") and, per series, one value per month, null where the month has no confirmed figures (a gap, not a 0).
 */
public record AccidentChart(List<String> labels, List<Integer> cases, List<Integer> baselineCases, List<Integer> deaths,
		List<Integer> baselineDeaths, List<Integer> injured, List<Integer> baselineInjured) {
}
