package vn.atgt.thidua.submission;

import java.time.Instant;

/** A line of the queue or of the sent list: what, which round, from whom to whom, when, where it stands and the
 * parent's reason of a return. */
public record SubmissionRow(Long id, String title, SubmissionKind kind, int round, SubmissionStatus status,
		String senderName, String receiverName, Instant sentAt, String sentByName, String returnReason) {
}
