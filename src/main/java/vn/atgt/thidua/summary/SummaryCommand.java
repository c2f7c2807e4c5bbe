package vn.atgt.thidua.summary;

/** A new report: its kind and, for a six-month report, the first and last reporting periods it covers. */
public record SummaryCommand(SummaryKind kind, Long firstPeriodId, Long lastPeriodId) {
}
