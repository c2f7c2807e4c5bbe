package vn.atgt.thidua.accident;

/**
 * One area's figures over a month or from the campaign start, against the same months of the baseline year. Months
 * whose figures were given only for the whole area do not count for it ({@code figures.monthsCounted()} says how many
 * did).
 */
public record AreaComparison(SheetArea area, Cumulative figures) {
}
