package vn.atgt.thidua.submission;

/**
 * A sending moved (sent, received, returned, accepted), published inside the transaction of the change: the module's
 * listener notifies the other side's office.
 */
public record SubmissionChanged(Long submissionId, Long senderCommitteeId, Long receiverCommitteeId, String title,
		SubmissionStatus status, String reason) {
}
