package vn.atgt.thidua.summary;

/**
 * A section as a page shows it: its text, its table (null for none), whether the office edited the text and whether
 * the data changed under the edited text at the last refresh.
 */
public record SectionView(SectionKey key, String body, SectionTable table, boolean edited, boolean dataChanged) {

	/**
	 * The rows of a table the page shows: a province's ranking lists 2,000 units, which the DOCX and the XLSX print
	 * whole; the page stays small and says how many rows it leaves to them.
	 */
	public static final int PAGE_ROWS = 30;

	public java.util.List<java.util.List<String>> shownRows() {
		return table == null ? java.util.List.of() : table.rows().subList(0, Math.min(PAGE_ROWS, table.rows().size()));
	}

	public int hiddenRows() {
		return table == null ? 0 : Math.max(0, table.rows().size() - PAGE_ROWS);
	}

	/** The text's paragraphs, one a line. */
	public java.util.List<String> paragraphs() {
		return body == null ? java.util.List.of() : body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	public boolean isEmpty() {
		return paragraphs().isEmpty() && table == null;
	}
}
