package vn.atgt.thidua.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.common.xlsx.Sheets;

/**
 * Writes the status matrix as an Excel sheet with the page's content: a row per unit (its kind, a cell per column as
 * the page words it, its totals), then the totals per column; texts in the given language.
 */
@Component
class MatrixSheetWriter {

	private final MessageSource messages;

	MatrixSheetWriter(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(StatusMatrix matrix, Locale locale) {
		List<String> headers = new ArrayList<>(List.of(text(locale, "monitoring.unit"),
				text(locale, "monitoring.unitKind"), text(locale, "monitoring.registration")));
		matrix.periodColumns().forEach(c -> headers.add(c.name()));
		headers.addAll(List.of(text(locale, "monitoring.sheet.submitted"), text(locale, "monitoring.sheet.late"),
				text(locale, "monitoring.sheet.overdue"), text(locale, "monitoring.completeness")));
		List<List<String>> rows = new ArrayList<>();
		for (MatrixRow row : matrix.rows()) {
			List<String> cells = new ArrayList<>();
			cells.add(row.unitName());
			cells.add(row.unitKind() == null ? "" : text(locale, row.unitKind().messageKey()));
			row.cells().forEach(cell -> cells.add(cellText(cell, locale)));
			cells.add(row.totals().submitted() + "/" + row.totals().expected());
			cells.add(Integer.toString(row.totals().late()));
			cells.add(Integer.toString(row.totals().overdue()));
			cells.add(percent(row.totals()));
			rows.add(cells);
		}
		List<String> total = new ArrayList<>(List.of(text(locale, "monitoring.total"), ""));
		matrix.columns().forEach(c -> total.add(text(locale, "monitoring.sheet.columnTotal", c.totals().submitted(),
				c.totals().expected(), percent(c.totals()), c.totals().late(), c.totals().overdue())));
		rows.add(total);
		return Sheets.write(text(locale, "monitoring.sheet.name"), headers, rows);
	}

	private String cellText(MatrixCell cell, Locale locale) {
		String status = text(locale, cell.status().messageKey());
		String detailKey = cell.detailKey();
		return detailKey == null ? status : status + " · " + text(locale, detailKey, cell.detail());
	}

	private static String percent(Totals totals) {
		return totals.completenessPercent() == null ? "" : VietnameseNumbers.format(totals.completenessPercent(), 1)
				+ " %";
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
