package vn.atgt.thidua.accident.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.atgt.thidua.accident.AccidentComparison;
import vn.atgt.thidua.accident.AreaComparison;
import vn.atgt.thidua.accident.Change;
import vn.atgt.thidua.accident.Comparison;
import vn.atgt.thidua.accident.ComparisonPage;
import vn.atgt.thidua.accident.Criterion;
import vn.atgt.thidua.accident.Cumulative;
import vn.atgt.thidua.accident.MonthComparison;
import vn.atgt.thidua.common.format.Markup;
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

	/**
	 * A criterion's cell: the figure (null: "chưa có số liệu" in {@code noData}), the baseline line, the change in words
	 * (null: none) and its colour class (null: none).
	 */
	record Cell(String criterion, String figure, String baseline, String change, String changeCss, String noData) {
	}

	/** The by-area table's total row's cells' markup. */
	public String areaTotalHtml() {
		return html(areaTotal);
	}

	/**
	 * The cells' {@code <td>}s as the fragment {@code accident/fragments :: cell} draws them, every value escaped
	 * ({@link Markup}): {@code <td data-criterion="CASES"><span class="fw-semibold">3</span><div class="small
	 * text-body-secondary">cùng kỳ: 4</div><div class="small"><span class="text-ok">giảm 1 vụ (-25,0%)</span></div></td>},
	 * or the words "chưa có số liệu" alone. Written here: per cell, the template's eight expressions cost more than the
	 * rest of the page.
	 */
	static String html(List<Cell> cells) {
		Markup html = new Markup();
		for (Cell c : cells) {
			html.raw("<td").attr("data-criterion", c.criterion()).raw(">");
			if (c.figure() != null) {
				html.raw("<span class=\"fw-semibold\">").text(c.figure())
					.raw("</span>\n<div class=\"small text-body-secondary\">").text(c.baseline()).raw("</div>\n");
				if (c.change() != null) {
					html.raw("<div class=\"small\"><span").attr("class", c.changeCss()).raw(">").text(c.change())
						.raw("</span></div>\n");
				}
			}
			if (c.noData() != null) {
				html.raw("<span class=\"text-body-secondary\">").text(c.noData()).raw("</span>");
			}
			html.raw("</td>");
		}
		return html.toString();
	}

	static ComparisonView of(ComparisonPage page, MessageSource messages, Locale locale) {
		return new Words(messages, locale).view(page);
	}

	/** The message lookups of one view, with the words every cell repeats looked up once. */
	private static final class Words {

		private final MessageSource messages;
		private final Locale locale;
		private final String noData;
		private final String baselineNoData;
		private final String same;
		private final String cases;
		private final String people;

		Words(MessageSource messages, Locale locale) {
			this.messages = messages;
			this.locale = locale;
			this.noData = text("accident.noData");
			this.baselineNoData = text("accident.baselineNoData");
			this.same = text("accident.change.same");
			this.cases = text("accident.unit.cases");
			this.people = text("accident.unit.people");
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
						total.current(criterion) == null ? noData : number(total.current(criterion)),
						total.baseline(criterion) == null ? noData : number(total.baseline(criterion)),
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
			List<Cell> cells = new ArrayList<>(criteria.length);
			for (Criterion criterion : criteria) {
				cells.add(cell(c, criterion));
			}
			return cells;
		}

		/** As the fragment {@code accident/fragments :: cell} drew it. */
		private Cell cell(Comparison c, Criterion criterion) {
			Integer current = c == null ? null : c.current(criterion);
			if (current == null) {
				return new Cell(criterion.name(), null, null, null, null, noData);
			}
			Integer baseline = c.baseline(criterion);
			Change change = c.change(criterion);
			return new Cell(criterion.name(), number(current),
					baseline == null ? baselineNoData : text("accident.baselineValue", number(baseline)),
					change == null ? null : change(change, criterion),
					change == null ? null : change.isDown() ? "text-ok" : change.isUp() ? "text-late" : null, null);
		}

		/** As the fragment {@code accident/fragments :: change} words it: "giảm 3 vụ (-25,0%)". */
		String change(Change change, Criterion criterion) {
			if (change.isSame()) {
				return same;
			}
			return text(change.messageKey(), number(change.amount()), criterion.countsPeople() ? people : cases,
					change.signedPercent());
		}

		private static String number(Number value) {
			return VietnameseNumbers.format(value);
		}

		private String text(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}
	}
}
