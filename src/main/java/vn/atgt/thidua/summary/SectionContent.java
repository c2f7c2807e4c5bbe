package vn.atgt.thidua.summary;

import java.util.Objects;

/**
 * What data (or a contributing module) writes in a section: paragraphs, one a line, and an optional table.
 */
public record SectionContent(String text, SectionTable table) {

	public SectionContent {
		text = Objects.requireNonNullElse(text, "").strip();
	}

	public static SectionContent text(String text) {
		return new SectionContent(text, null);
	}
}
