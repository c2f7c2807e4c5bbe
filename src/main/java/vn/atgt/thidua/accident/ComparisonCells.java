package vn.atgt.thidua.accident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.atgt.thidua.common.format.Markup;
import vn.atgt.thidua.common.format.VietnameseNumbers;

/**
 * A comparison's cells as the fragment {@code accident/fragments :: cell} draws them ("3", "cùng kỳ: 4", "giảm 1 vụ
 * (-25,0%)"), worded in Java for one view with the words every cell repeats looked up once: the comparison page and the
 * roll-up (a row per commune committee) draw hundreds of them, and as a fragment with five message lookups and number
 * formats each they were most of those pages' CPU. One instance per view (it holds the view's locale).
 */
public final class ComparisonCells {

	/**
	 * A criterion's cell: the figure (null: "chưa có số liệu" in {@code noData}), the baseline line, the change in words
	 * (null: none) and its colour class (null: none).
	 */
	public record Cell(String criterion, String figure, String baseline, String change, String changeCss,
			String noData) {
	}

	private final MessageSource messages;
	private final Locale locale;
	private final String noData;
	private final String baselineNoData;
	private final String same;
	private final String cases;
	private final String people;

	private ComparisonCells(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.noData = text("accident.noData");
		this.baselineNoData = text("accident.baselineNoData");
		this.same = text("accident.change.same");
		this.cases = text("accident.unit.cases");
		this.people = text("accident.unit.people");
	}

	public static ComparisonCells of(MessageSource messages, Locale locale) {
		return new ComparisonCells(messages, locale);
	}

	/** The cells' {@code <td>}s of these criteria ({@link #html(List)}); a null comparison has no figures. */
	public String html(Comparison c, Criterion[] criteria) {
		return html(cells(c, criteria));
	}

	public List<Cell> cells(Comparison c, Criterion[] criteria) {
		List<Cell> cells = new ArrayList<>(criteria.length);
		for (Criterion criterion : criteria) {
			cells.add(cell(c, criterion));
		}
		return cells;
	}

	/** As the fragment {@code accident/fragments :: cell} drew it. */
	public Cell cell(Comparison c, Criterion criterion) {
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
	private String change(Change change, Criterion criterion) {
		if (change.isSame()) {
			return same;
		}
		return text(change.messageKey(), number(change.amount()), criterion.countsPeople() ? people : cases,
				change.signedPercent());
	}

	/**
	 * The cells' {@code <td>}s as the fragment {@code accident/fragments :: cell} draws them, every value escaped
	 * ({@link Markup}): {@code <td data-criterion="CASES"><span class="fw-semibold">3</span><div class="small
	 * text-body-secondary">cùng kỳ: 4</div><div class="small"><span class="text-ok">giảm 1 vụ (-25,0%)</span></div></td>},
	 * or the words "chưa có số liệu" alone. Written here: per cell, the template's eight expressions cost more than the
	 * rest of the page.
	 */
	public static String html(List<Cell> cells) {
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

	/** "chưa có số liệu". */
	public String noData() {
		return noData;
	}

	public String number(Number value) {
		return VietnameseNumbers.format(value);
	}

	public String text(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
