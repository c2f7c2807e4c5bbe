package vn.atgt.thidua.common.format;

import org.springframework.web.util.HtmlUtils;

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
			html.append(HtmlUtils.htmlEscape(value, "UTF-8"));
		}
		return this;
	}

	/** Appends {@code  name="value"}, the value escaped; nothing when the value is null (as {@code th:attr} drops it). */
	public Markup attr(String name, String value) {
		if (value != null) {
			html.append(' ').append(name).append("=\"").append(HtmlUtils.htmlEscape(value, "UTF-8")).append('"');
		}
		return this;
	}

	@Override
	public String toString() {
		return html.toString();
	}
}
