package vn.atgt.thidua.summary;

/** An accepted narrative the office may quote as a highlight: its unit, period, task area and text. */
public record HighlightOption(Long narrativeId, String unitName, String periodName, int taskAreaNumber, String quote,
		boolean chosen) {
}
