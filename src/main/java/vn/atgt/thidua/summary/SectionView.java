package vn.atgt.thidua.summary;

/**
 * A section as a page shows it: its text, its table (null for none), whether the office edited the text and whether
 * the data changed under the edited text at the last refresh.
 */
public record SectionView(SectionKey key, String body, SectionTable table, boolean edited, boolean dataChanged) {

	/** The text's paragraphs, one a line. */
	public java.util.List<String> paragraphs() {
		return body == null ? java.util.List.of() : body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	public boolean isEmpty() {
		return paragraphs().isEmpty() && table == null;
	}
}
