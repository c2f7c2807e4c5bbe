package vn.atgt.thidua.accident.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.atgt.thidua.accident.AccidentComparison;
import vn.atgt.thidua.accident.AreaComparison;
import vn.atgt.thidua.accident.Comparison;
import vn.atgt.thidua.accident.ComparisonCells;
import vn.atgt.thidua.accident.ComparisonCells.Cell;
import vn.atgt.thidua.accident.ComparisonPage;
import vn.atgt.thidua.accident.Criterion;
import vn.atgt.thidua.accident.Cumulative;
import vn.atgt.thidua.accident.MonthComparison;
import vn.atgt.thidua.common.format.VietnameseNumbers;

/**
 * The comparison tables as the page draws them: every cell's words ("3", "cùng kỳ: 4", "giảm 1 vụ (-25,0%)") resolved
 * once here, so that the template reads plain values. The page has some 250 such cells (three month tables, the
 * cumulative table, a page of areas); as a fragment with five message lookups and number formats each they were
 * most of the page's CPU.
 */
record ComparisonView(List<MonthRow> months, List<MonthRow> cumulativeMonths, List<MonthRow> otherMonths,
		List<CriterionRow> cumulative, List<AreaRow> areas, List<Cell> areaTotal) {

	/** A month: its key, "Tháng 7/2024", its dates "(15/6–14/7/2024)", the partial note (or null), its cells. */
	record MonthRow(MonthComparison month, String label, String range, String partial, List<Cell> cells) {

		public String cellsHtml() {
			return html(cells);
		}
	}

	/** A row of the cumulative table: the criterion, its name, and the figure, the baseline and the change. */
	record CriterionRow(Criterion criterion, String name, String current, String baseline, Cell cell) {
	}

	/** An area: its id, name, "(4/6 tháng)" or null, its cells. */
	record AreaRow(Long id, String name, String months, List<Cell> cells) {

		public String cellsHtml() {
			return html(cells);
		}
	}

	/** The by-area table's total row's cells' markup. */
	public String areaTotalHtml() {
		return html(areaTotal);
	}

	private static String html(List<Cell> cells) {
		return ComparisonCells.html(cells);
	}

	static ComparisonView of(ComparisonPage page, MessageSource messages, Locale locale) {
		return new Words(messages, locale).view(page);
	}

	/** The message lookups of one view; the cells' words are {@link ComparisonCells}'. */
	private static final class Words {

		private final ComparisonCells cells;

		Words(MessageSource messages, Locale locale) {
			this.cells = ComparisonCells.of(messages, locale);
		}

		ComparisonView view(ComparisonPage page) {
			AccidentComparison comparison = page.comparison();
			Criterion[] main = Criterion.main();
			List<MonthRow> months = new ArrayList<>();
			List<MonthRow> cumulativeMonths = new ArrayList<>();
			List<MonthRow> otherMonths = new ArrayList<>();
			for (MonthComparison m : comparison.months()) {
				String label = text("accident.month", m.period().monthLabel());
				String range = text("accident.range", m.period().range());
				Cumulative sum = m.cumulative();
				months.add(new MonthRow(m, label, range, null, cells(m.comparison(), main)));
				cumulativeMonths.add(new MonthRow(m, label, range,
						sum.isPartial() ? text("accident.cumulative.partial", sum.monthsCounted(), sum.months()) : null,
						cells(sum.comparison(), main)));
				otherMonths.add(new MonthRow(m, label, range, null, cells(m.comparison(), Criterion.others())));
			}
			List<CriterionRow> cumulative = new ArrayList<>();
			Cumulative total = comparison.total();
			for (Criterion criterion : Criterion.values()) {
				cumulative.add(new CriterionRow(criterion, text(criterion.messageKey()),
						total.current(criterion) == null ? cells.noData() : number(total.current(criterion)),
						total.baseline(criterion) == null ? cells.noData() : number(total.baseline(criterion)),
						cell(total.comparison(), criterion)));
			}
			List<AreaRow> areas = new ArrayList<>();
			for (AreaComparison row : page.byArea().getContent()) {
				Cumulative figures = row.figures();
				areas.add(new AreaRow(row.area().id(), row.area().name(),
						page.scopeMonth() == null && figures.isPartial()
								? text("accident.byArea.months", figures.monthsCounted(), figures.months()) : null,
						cells(figures.comparison(), main)));
			}
			List<Cell> areaTotal = cells(page.scopeMonth() != null ? page.scopeMonth().comparison()
					: total.comparison(), main);
			return new ComparisonView(months, cumulativeMonths, otherMonths, cumulative, areas, areaTotal);
		}

		private List<Cell> cells(Comparison c, Criterion[] criteria) {
			return cells.cells(c, criteria);
		}

		private Cell cell(Comparison c, Criterion criterion) {
			return cells.cell(c, criterion);
		}

		private static String number(Number value) {
			return VietnameseNumbers.format(value);
		}

		private String text(String key, Object... args) {
			return cells.text(key, args);
		}
	}
}
