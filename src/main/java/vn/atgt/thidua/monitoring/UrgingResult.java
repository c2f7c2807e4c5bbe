package vn.atgt.thidua.monitoring;

/**
 * What an urging did: how many of the selected units were urged ({@code urged}), how many had nothing overdue in the
 * selection and were left alone ({@code skipped}), and how many of the units' people were notified.
 */
public record UrgingResult(int urged, int skipped, int notified) {
}
