package vn.atgt.thidua.summary;

import vn.atgt.thidua.common.text.SearchText;

/**
 * What the highlight picker lists: the accepted narratives of one task area, one period, units whose name matches,
 * texts that contain some words (accent-free, "an toan" finds "an toàn"); each filter applies when set. {@code page}
 * counts from 1, {@link #SIZE} narratives a page.
 */
public record HighlightFilter(Long taskAreaId, Long periodId, String unit, String text, int page) {

	public static final int SIZE = 20;

	public static final HighlightFilter NONE = new HighlightFilter(null, null, null, null, 1);

	public HighlightFilter {
		unit = unit == null ? "" : unit.strip();
		text = text == null ? "" : text.strip();
		page = Math.max(1, page);
	}

	int offset() {
		return (page - 1) * SIZE;
	}

	String unitPattern() {
		return SearchText.likePattern(unit);
	}

	String textPattern() {
		return SearchText.likePattern(text);
	}

	/** Whether a filter is set (the page offers to clear them). */
	public boolean filtered() {
		return taskAreaId != null || periodId != null || !unit.isEmpty() || !text.isEmpty();
	}
}
