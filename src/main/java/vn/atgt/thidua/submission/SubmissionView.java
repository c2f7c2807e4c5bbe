package vn.atgt.thidua.submission;

import java.time.Instant;
import java.util.List;

/**
 * One sending as its page shows it: what, which round, from whom to whom, its status and the reason of a return, its
 * frozen files, its history, and the other rounds of the same subject (latest first).
 */
public record SubmissionView(Long id, Long campaignId, String campaignTitle, SubmissionKind kind, String title,
		int round, SubmissionStatus status, String returnReason, String senderName, String receiverName,
		Instant sentAt, String sentByName, long version, List<SubmissionFileRow> files,
		List<SubmissionHistoryRow> history, List<SubmissionRow> rounds) {
}
