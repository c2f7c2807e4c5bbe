package vn.atgt.thidua.report;

import java.time.Instant;

import vn.atgt.thidua.common.persistence.HistoryLine;

/**
 * A step in a report's history: what happened ({@code action}), from which status to which ({@code from} is null
 * when the unit started the report), why (a return or reopening), how late a submission was, when and by whom.
 */
public record ReportTransitionRow(ReportAction action, ReportStatus from, ReportStatus to, String reason,
		Integer lateDays, Instant at, String byUsername, String byName) implements HistoryLine {
}
