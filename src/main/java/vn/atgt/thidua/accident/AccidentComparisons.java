package vn.atgt.thidua.accident;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.accident.internal.AccidentSheetRepository;
import vn.atgt.thidua.accident.internal.SheetLineRow;
import vn.atgt.thidua.accident.internal.SheetMonthSum;
import vn.atgt.thidua.accident.internal.SheetStatusRow;
import vn.atgt.thidua.unit.AreaRow;

/**
 * Builds a campaign's {@link AccidentComparison} from confirmed figures only: the months' statuses, then their
 * confirmed lines summed in memory, or the months summed by the database and the lines of the areas shown (each month
 * named by its key {@code year * 100 + month}), a fixed number of queries whatever the number of areas and months. Shared by the door (what other modules read) and the comparison page.
 */
@Component
class AccidentComparisons {

	private final AccidentSheetRepository sheets;

	AccidentComparisons(AccidentSheetRepository sheets) {
		this.sheets = sheets;
	}

	AccidentComparison of(AccidentContext context) {
		return of(context, true, children(context));
	}

	/** As {@link #of}, without the communes' rows: the months' sums are the database's (one row a month). */
	AccidentComparison totals(AccidentContext context) {
		return of(context, false, List.of());
	}

	/**
	 * As {@link #of} with the rows of one page of the communes only (their lines alone read: a province's 170 areas ×
	 * 24 months were 4,000 rows, a third of the comparison page's CPU), the months summed by the database; and how many
	 * communes there are in all.
	 */
	AreaPage page(AccidentContext context, Pageable areaPage) {
		List<AreaRow> children = children(context);
		int from = (int) Math.min(areaPage.getOffset(), children.size());
		int to = Math.min(from + areaPage.getPageSize(), children.size());
		return new AreaPage(of(context, false, children.subList(from, to)), children.size());
	}

	/** A comparison whose {@code areas()} are one page of the communes, of {@code total}. */
	record AreaPage(AccidentComparison comparison, int total) {
	}

	private static List<AreaRow> children(AccidentContext context) {
		List<AccidentPeriod> months = context.months();
		return months.isEmpty() ? List.of()
				: context.childrenDuring(months.get(0).firstDay(), months.get(months.size() - 1).lastDay());
	}

	/**
	 * {@code allLines}: every confirmed line read and summed here (the areas' rows of {@code areas} come from them);
	 * else the months summed by the database and only the lines of {@code areas} read.
	 */
	private AccidentComparison of(AccidentContext context, boolean allLines, List<AreaRow> areas) {
		List<AccidentPeriod> months = context.months();
		List<AccidentPeriod> baselines = months.stream().map(context::baselineOf).toList();
		Set<Integer> keys = new HashSet<>();
		months.forEach(m -> keys.add(key(m)));
		baselines.forEach(m -> keys.add(key(m)));

		Map<Integer, SheetStatusRow> statuses = new HashMap<>();
		Map<Integer, List<SheetLineRow>> lines = new HashMap<>();
		Map<Integer, AccidentFigures> sums = new HashMap<>();
		if (!keys.isEmpty()) {
			// the range from the first key to the last: a month between them that is not a key is read but never looked up
			int first = Collections.min(keys);
			int last = Collections.max(keys);
			for (SheetStatusRow row : sheets.statuses(context.rootAreaId(), context.convention(), first, last)) {
				statuses.put(row.year() * 100 + row.month(), row);
			}
			List<SheetLineRow> read = allLines ? sheets.confirmedLines(context.rootAreaId(), context.convention(), first, last)
					: areas.isEmpty() ? List.of()
					: sheets.confirmedLinesOf(context.rootAreaId(), context.convention(), first, last,
							areas.stream().map(AreaRow::id).toList());
			for (SheetLineRow row : read) {
				lines.computeIfAbsent(row.year() * 100 + row.month(), k -> new ArrayList<>()).add(row);
			}
			if (allLines) {
				lines.forEach((month, rows) -> sums.put(month, total(rows)));
			}
			else {
				for (SheetMonthSum row : sheets.confirmedMonthSums(context.rootAreaId(), context.convention(), first,
						last)) {
					sums.put(row.year() * 100 + row.month(), row.figures());
				}
			}
		}

		List<AccidentFigures> current = new ArrayList<>();
		List<AccidentFigures> baseline = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			current.add(sums.get(key(months.get(i))));
			baseline.add(sums.get(key(baselines.get(i))));
		}
		List<Cumulative> cumulative = FigureComparison.cumulative(current, baseline);
		List<MonthComparison> rows = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			rows.add(new MonthComparison(months.get(i), baselines.get(i), status(statuses, months.get(i)),
					status(statuses, baselines.get(i)), new Comparison(current.get(i), baseline.get(i)),
					cumulative.get(i)));
		}
		Cumulative total = cumulative.isEmpty() ? new Cumulative(Comparison.EMPTY, 0, 0)
				: cumulative.get(cumulative.size() - 1);
		return new AccidentComparison(context.campaign().id(), context.campaign().baselineYear(),
				context.convention(), context.rootArea(), rows, total,
				FigureComparison.goals(context.campaign().goals(), total),
				byArea(areas, lines, months, baselines));
	}

	/**
	 * Each commune/town of the campaign's months with its confirmed figures per month and per baseline month; the
	 * lines are indexed by month and area first (a province has 170 areas × 24 months: a scan per cell was quadratic).
	 */
	private static List<AccidentComparison.AreaMonths> byArea(List<AreaRow> children,
			Map<Integer, List<SheetLineRow>> lines, List<AccidentPeriod> months, List<AccidentPeriod> baselines) {
		List<AccidentComparison.AreaMonths> byArea = new ArrayList<>();
		Map<Integer, Map<Long, AccidentFigures>> byMonthAndArea = new HashMap<>();
		lines.forEach((month, rows) -> {
			Map<Long, AccidentFigures> ofMonth = new HashMap<>();
			for (SheetLineRow line : rows) {
				if (line.scope() == SheetScope.BY_AREA) {
					ofMonth.putIfAbsent(line.areaId(), line.figures());
				}
			}
			byMonthAndArea.put(month, ofMonth);
		});
		for (AreaRow area : children) {
			List<AccidentFigures> areaCurrent = new ArrayList<>();
			List<AccidentFigures> areaBaseline = new ArrayList<>();
			for (int i = 0; i < months.size(); i++) {
				areaCurrent.add(lineOf(byMonthAndArea.get(key(months.get(i))), area.id()));
				areaBaseline.add(lineOf(byMonthAndArea.get(key(baselines.get(i))), area.id()));
			}
			byArea.add(new AccidentComparison.AreaMonths(AccidentContext.area(area), areaCurrent, areaBaseline));
		}
		return byArea;
	}

	private static SheetStatus status(Map<Integer, SheetStatusRow> statuses, AccidentPeriod period) {
		SheetStatusRow row = statuses.get(key(period));
		return row == null ? null : row.status();
	}

	private static AccidentFigures total(List<SheetLineRow> lines) {
		return FigureComparison.sum(lines.stream().map(SheetLineRow::figures).toList());
	}

	private static AccidentFigures lineOf(Map<Long, AccidentFigures> lines, Long areaId) {
		return lines == null ? null : lines.get(areaId);
	}

	private static int key(AccidentPeriod period) {
		return period.year() * 100 + period.monthValue();
	}
}
