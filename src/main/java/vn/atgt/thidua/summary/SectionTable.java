package vn.atgt.thidua.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of a data section: its header and rows of text cells, kept with the section (tab-separated, a row a line)
 * so that a finalised report keeps the figures it was signed with.
 */
public record SectionTable(List<String> header, List<List<String>> rows) {

	public SectionTable {
		header = header.stream().map(SectionTable::clean).toList();
		List<List<String>> copied = new ArrayList<>();
		for (List<String> row : rows) {
			if (row.size() != header.size()) {
				throw new IllegalArgumentException("row " + row + " does not match " + header);
			}
			copied.add(row.stream().map(SectionTable::clean).toList());
		}
		rows = List.copyOf(copied);
	}

	/** The stored form: the header then the rows, cells separated by tabs, a row a line. */
	public String encode() {
		StringBuilder out = new StringBuilder(String.join("\t", header));
		for (List<String> row : rows) {
			out.append('\n').append(String.join("\t", row));
		}
		return out.toString();
	}

	/** The table of a stored form, or null for none. */
	public static SectionTable decode(String stored) {
		if (stored == null || stored.isBlank()) {
			return null;
		}
		List<String> lines = stored.lines().toList();
		List<String> header = List.of(lines.get(0).split("\t", -1));
		List<List<String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			rows.add(List.of(line.split("\t", -1)));
		}
		return new SectionTable(header, rows);
	}

	private static String clean(String cell) {
		return Objects.requireNonNullElse(cell, "").replaceAll("[\\t\\r\\n]+", " ").strip();
	}
}
