package vn.atgt.thidua.dashboard;

import java.util.ArrayList;
import java.util.List;

import vn.atgt.thidua.accident.AccidentComparison;
import vn.atgt.thidua.accident.AccidentFigures;
import vn.atgt.thidua.accident.Criterion;
import vn.atgt.thidua.accident.Cumulative;
import vn.atgt.thidua.accident.FigureComparison;
import vn.atgt.thidua.accident.MonthComparison;

/**
 * The dashboard's accident figures for the selected period, from the accident module's comparison (confirmed figures
 * only): the period's sum against the same months of the baseline year, the cumulative sum from the campaign's first
 * month to the period's end, and the months up to that end with a chart per criterion. A side without confirmed
 * figures is null ("chưa có số liệu"); {@code period.months()} counts the campaign's accident months in the period and
 * {@code period.monthsCounted()} those with confirmed figures.
 */
public record AccidentPanel(int baselineYear, List<MonthComparison> periodMonths, Cumulative period,
		Cumulative cumulative, List<MonthComparison> months, List<BarChart> charts) {

	static AccidentPanel of(AccidentComparison comparison, DashboardPeriod selected) {
		List<MonthComparison> inPeriod = comparison.months().stream()
			.filter(m -> selected.includes(m.period()))
			.toList();
		List<MonthComparison> upToEnd = comparison.months().stream()
			.filter(m -> selected.reaches(m.period()))
			.toList();
		List<BarChart> charts = new ArrayList<>();
		for (Criterion criterion : Criterion.main()) {
			charts.add(BarChart.of(criterion, upToEnd));
		}
		return new AccidentPanel(comparison.baselineYear(), inPeriod, sum(inPeriod), sum(upToEnd), upToEnd, charts);
	}

	/** The three criteria of "kéo giảm trên cả 3 tiêu chí". */
	public Criterion[] criteria() {
		return Criterion.main();
	}

	/** The first and last month of the cumulative sum, null when the period reaches no month of the campaign. */
	public MonthComparison firstMonth() {
		return months.isEmpty() ? null : months.get(0);
	}

	public MonthComparison lastMonth() {
		return months.isEmpty() ? null : months.get(months.size() - 1);
	}

	private static Cumulative sum(List<MonthComparison> months) {
		List<AccidentFigures> current = new ArrayList<>();
		List<AccidentFigures> baseline = new ArrayList<>();
		for (MonthComparison m : months) {
			current.add(m.comparison().current());
			baseline.add(m.comparison().baseline());
		}
		return FigureComparison.total(current, baseline);
	}
}
