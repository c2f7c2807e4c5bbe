package vn.atgt.thidua.submission;

import java.time.Instant;

import vn.atgt.thidua.common.persistence.HistoryLine;

/** A step of a sending's history: its new status, the reason of a return. */
public record SubmissionHistoryRow(Instant at, String byUsername, String byName, SubmissionStatus to, String reason)
		implements HistoryLine {
}
