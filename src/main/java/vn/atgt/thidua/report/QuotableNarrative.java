package vn.atgt.thidua.report;

/**
 * A narrative of an accepted report as the six-month and year-end reports quote it: its unit's name, its period's
 * name, the number of its task area and the text to quote (its results, or its activities when it has no results).
 */
public record QuotableNarrative(Long id, String unitName, String periodName, int taskAreaNumber, String text) {
}
