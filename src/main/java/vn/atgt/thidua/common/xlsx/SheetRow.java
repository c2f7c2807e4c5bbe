package vn.atgt.thidua.common.xlsx;

import java.util.Map;

/** A data row of an import sheet: its Excel row number and its cells by column header, as text. */
public record SheetRow(int number, Map<String, String> cells) {

	/** The cell's text, stripped; empty when blank or absent. */
	public String text(String column) {
		String value = cells.get(column);
		return value == null ? "" : value.strip();
	}

	public boolean isBlank() {
		return cells.values().stream().allMatch(v -> v == null || v.isBlank());
	}
}
