package vn.atgt.thidua.common.format;

/**
 * The markup of a table's repeated parts (the monitoring matrix's cells, the late list's items), written in Java once per
 * row instead of by the template per cell: a 50-unit page has some 650 cells or items, and each Thymeleaf expression
 * (an interpreted SpEL property read) cost more than the rest of the page. Every value is escaped here, as
 * {@code th:text} would escape it; the templates insert the result with {@code th:utext} and nothing else.
 */
public final class Markup {

	private final StringBuilder html = new StringBuilder(256);

	/** Appends markup written in this class's callers (tags and class names, never data). */
	public Markup raw(String markup) {
		html.append(markup);
		return this;
	}

	/** Appends a value, escaped (null appends nothing). */
	public Markup text(String value) {
		if (value != null) {
			escape(value);
		}
		return this;
	}

	/** Appends {@code  name="value"}, the value escaped; nothing when the value is null (as {@code th:attr} drops it). */
	public Markup attr(String name, String value) {
		if (value != null) {
			html.append(' ').append(name).append("=\"");
			escape(value);
			html.append('"');
		}
		return this;
	}

	/**
	 * The five characters {@code th:text} escapes, as it escapes them; every other character as it is (the page is
	 * UTF-8; Spring's {@code HtmlUtils} looked each character up in a table and cost more than the template did).
	 */
	private void escape(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '&' -> html.append("&amp;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> html.append(c);
			}
		}
	}

	@Override
	public String toString() {
		return html.toString();
	}
}
