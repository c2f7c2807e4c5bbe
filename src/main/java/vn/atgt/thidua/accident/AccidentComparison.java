package vn.atgt.thidua.accident;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import vn.atgt.thidua.campaign.AccidentPeriodConvention;

/**
 * Everything the comparison page shows for a campaign, computed from confirmed figures only: each accident month
 * against the same month of the baseline year, the cumulative sum from the campaign start, the goal checks, and the
 * same by area (a month or the whole campaign so far).
 */
public record AccidentComparison(Long campaignId, int baselineYear, AccidentPeriodConvention convention,
		SheetArea root, List<MonthComparison> months, Cumulative total, List<GoalCheck> goals,
		List<AreaMonths> areas) {

	/** One area's confirmed figures per campaign month and per baseline month (null: none for that month). */
	public record AreaMonths(SheetArea area, List<AccidentFigures> current, List<AccidentFigures> baseline) {
	}

	/** The last month with confirmed figures, or null when none has any. */
	public MonthComparison lastConfirmed() {
		MonthComparison last = null;
		for (MonthComparison month : months) {
			if (month.isConfirmed()) {
				last = month;
			}
		}
		return last;
	}

	/** Every month of the baseline year(s), January to December: what the office enters once for comparisons. */
	public List<AccidentPeriod> baselineYearMonths() {
		TreeSet<AccidentPeriod> all = new TreeSet<>();
		for (MonthComparison month : months) {
			for (int m = 1; m <= 12; m++) {
				all.add(AccidentPeriod.of(convention, month.baselinePeriod().year(), m));
			}
		}
		return List.copyOf(all);
	}

	/** The month of that key ("2024-07"), or null when the campaign has no such month. */
	public MonthComparison month(String key) {
		return months.stream().filter(m -> m.period().key().equals(key)).findFirst().orElse(null);
	}

	/** Each area's figures in one month (index in {@link #months()}), or from the start when the index is negative. */
	public List<AreaComparison> byArea(int monthIndex) {
		List<AreaComparison> rows = new ArrayList<>();
		for (AreaMonths area : areas) {
			Cumulative figures;
			if (monthIndex < 0) {
				figures = FigureComparison.total(area.current(), area.baseline());
			}
			else {
				figures = FigureComparison.total(single(area.current().get(monthIndex)),
						single(area.baseline().get(monthIndex)));
			}
			rows.add(new AreaComparison(area.area(), figures));
		}
		return rows;
	}

	/** The chart data: the three criteria by month, this campaign and the baseline. */
	public AccidentChart chart() {
		List<String> labels = new ArrayList<>();
		List<Integer> cases = new ArrayList<>();
		List<Integer> baselineCases = new ArrayList<>();
		List<Integer> deaths = new ArrayList<>();
		List<Integer> baselineDeaths = new ArrayList<>();
		List<Integer> injured = new ArrayList<>();
		List<Integer> baselineInjured = new ArrayList<>();
		for (MonthComparison month : months) {
			Comparison c = month.comparison();
			labels.add(month.period().monthLabel());
			cases.add(c.current(Criterion.CASES));
			baselineCases.add(c.baseline(Criterion.CASES));
			deaths.add(c.current(Criterion.DEATHS));
			baselineDeaths.add(c.baseline(Criterion.DEATHS));
			injured.add(c.current(Criterion.INJURED));
			baselineInjured.add(c.baseline(Criterion.INJURED));
		}
		return new AccidentChart(labels, cases, baselineCases, deaths, baselineDeaths, injured, baselineInjured);
	}

	/** A list of one element that may be null (List.of refuses null). */
	private static <T> List<T> single(T value) {
		List<T> list = new ArrayList<>(1);
		list.add(value);
		return list;
	}
}
