package vn.atgt.thidua.monitoring.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.format.Markup;
import vn.atgt.thidua.monitoring.CellStatus;
import vn.atgt.thidua.monitoring.LateItem;
import vn.atgt.thidua.monitoring.LateUnit;

/**
 * A page of the late list as its page draws it: each item's words, link and colour resolved once here, so that the
 * template reads plain values (50 units with up to a dozen late items each: per item a link built, three message
 * lookups and a date formatted in the template were most of the page's CPU).
 */
record LateView(List<Unit> units) {

	/** A unit: the unit, its kind in words (or null), the label of its check box, its items, its last urging. */
	record Unit(LateUnit unit, String kind, String selectLabel, List<Item> items, String lastUrgedAt) {

		/**
		 * The items' {@code <li>}s: {@code <li><a href="…">label</a> <span class="legend-item px-1 rounded css">status</span>
		 * <span class="text-late">days</span></li>}, every value escaped ({@link Markup}).
		 */
		public String itemsHtml() {
			Markup html = new Markup();
			for (Item i : items) {
				html.raw("<li><a").attr("href", i.link()).raw(">").text(i.label())
					.raw("</a>\n<span").attr("class", "legend-item px-1 rounded " + i.css()).raw(">").text(i.status())
					.raw("</span>\n<span class=\"text-late\">").text(i.days()).raw("</span></li>\n");
			}
			return html.toString();
		}
	}

	/** An item: its link, its name, its status's colour class and words, and "hạn 20/08/2024, quá hạn 3 ngày". */
	record Item(String link, String label, String css, String status, String days) {
	}

	/** The view of the units in the language of {@code locale}; links start with the application's context path. */
	static LateView of(List<LateUnit> units, MessageSource messages, Locale locale, String contextPath) {
		Map<CellStatus, String> labels = new EnumMap<>(CellStatus.class);
		for (CellStatus status : CellStatus.values()) {
			labels.put(status, messages.getMessage(status.messageKey(), null, locale));
		}
		String registration = messages.getMessage("monitoring.registration", null, locale);
		Formats formats = new Formats();
		List<Unit> rows = new ArrayList<>(units.size());
		for (LateUnit unit : units) {
			List<Item> items = new ArrayList<>(unit.items().size());
			for (LateItem item : unit.items()) {
				items.add(new Item(item.link() == null ? null : contextPath + item.link(),
						item.registration() ? registration
								: messages.getMessage("monitoring.item.report", new Object[] { item.periodName() }, locale),
						item.status().css(), labels.get(item.status()),
						messages.getMessage("monitoring.late.itemDays",
								new Object[] { formats.date(item.dueDate()), item.overdueDays() }, locale)));
			}
			rows.add(new Unit(unit,
					unit.unitKind() == null ? null : messages.getMessage(unit.unitKind().messageKey(), null, locale),
					messages.getMessage("monitoring.select.unit", new Object[] { unit.unitName() }, locale), items,
					unit.lastUrgedAt() == null ? null : formats.dateTime(unit.lastUrgedAt())));
		}
		return new LateView(rows);
	}
}
