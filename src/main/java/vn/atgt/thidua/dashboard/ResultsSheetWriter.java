package vn.atgt.thidua.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.xlsx.Sheets;

/**
 * Writes a table of the results page as an XLSX sheet with the screen's columns: above it the campaign, the table's
 * name, the filter and the day the figures run to; counts and shares as numbers (the share met in per cent, one
 * decimal; empty where a unit has no target); headers in the page's language. Streamed ({@link Sheets#writeLargeTable}):
 * a province's table has 2,000 units, or 10,000 lines by task area.
 */
@Component
class ResultsSheetWriter {

	private final MessageSource messages;

	ResultsSheetWriter(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(ResultsPage page, ResultsTable table, LocalDate asOf, Locale locale) {
		List<String> above = List.of(
				text(locale, "results.sheet.campaign", page.campaign().planNumber(), page.campaign().title()),
				text(locale, table.messageKey()), filterLine(page, locale),
				text(locale, "dashboard.asOf", Formats.DATE.format(asOf)));
		return table == ResultsTable.UNITS ? units(page, above, locale) : taskAreas(page, above, locale);
	}

	private byte[] units(ResultsPage page, List<String> above, Locale locale) {
		List<String> headers = new ArrayList<>(List.of(text(locale, "dashboard.unit"), text(locale, "results.unitKind")));
		page.shownTaskAreas().forEach(a -> headers.add(areaHeader(a, locale)));
		headers.addAll(tallyHeaders(locale));
		List<Object> total = new ArrayList<>(List.of(text(locale, "dashboard.total"), ""));
		page.shownTaskAreas().forEach(a -> total.add(null));
		addTally(total, page.total());
		Stream<List<Object>> rows = Stream.concat(page.units().stream().map(unit -> {
			List<Object> row = new ArrayList<>(List.of(unit.unitName(), text(locale, unit.unitKind().messageKey())));
			unit.cells().forEach(cell -> row.add(cell.metPercent()));
			addTally(row, unit.total());
			return row;
		}), Stream.of(total));
		return Sheets.writeLargeTable(text(locale, "results.sheet.name"), above, headers, rows::iterator);
	}

	private byte[] taskAreas(ResultsPage page, List<String> above, Locale locale) {
		List<String> headers = new ArrayList<>(List.of(text(locale, "dashboard.taskArea"), text(locale, "dashboard.unit")));
		headers.addAll(tallyHeaders(locale));
		Stream<List<Object>> rows = page.byTaskArea().stream().flatMap(area -> {
			String name = areaHeader(area.taskArea(), locale);
			List<Object> total = new ArrayList<>(List.of(name, text(locale, "results.areaTotal")));
			addTally(total, area.total());
			return Stream.concat(area.units().stream().map(line -> {
				List<Object> row = new ArrayList<>(List.of(name, line.unitName()));
				addTally(row, line.tally());
				return row;
			}), Stream.of(total));
		});
		return Sheets.writeLargeTable(text(locale, "results.sheet.name"), above, headers, rows::iterator);
	}

	private List<String> tallyHeaders(Locale locale) {
		return List.of(text(locale, "dashboard.targets"), text(locale, "dashboard.standing.MET"),
				text(locale, "dashboard.standing.ON_TRACK"), text(locale, "dashboard.standing.BEHIND"),
				text(locale, "results.metPercent"));
	}

	private static void addTally(List<Object> row, Tally tally) {
		row.add(tally.targets());
		row.add(tally.met());
		row.add(tally.onTrack());
		row.add(tally.behind());
		BigDecimal percent = tally.metPercent();
		row.add(percent);
	}

	private String areaHeader(TaskAreaView area, Locale locale) {
		return text(locale, "dashboard.taskAreaName", area.number(), area.title());
	}

	private String filterLine(ResultsPage page, Locale locale) {
		ResultsFilter f = page.filter();
		List<String> parts = new ArrayList<>();
		if (page.ownUnitOnly() && !page.units().isEmpty()) {
			parts.add(page.units().get(0).unitName());
		}
		if (f.unitKind() != null) {
			parts.add(text(locale, "results.filter.kind", text(locale, f.unitKind().messageKey())));
		}
		if (f.taskAreaId() != null && !page.shownTaskAreas().isEmpty()) {
			parts.add(areaHeader(page.shownTaskAreas().get(0), locale));
		}
		if (f.areaId() != null) {
			page.areas().stream().filter(a -> a.id().equals(f.areaId())).findFirst()
				.ifPresent(a -> parts.add(text(locale, "results.filter.area", a.name())));
		}
		return parts.isEmpty() ? text(locale, "results.filter.none")
				: text(locale, "results.filter.some", String.join("; ", parts));
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
