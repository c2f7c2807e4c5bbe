package vn.atgt.thidua.submission;

/** What the access policy reads of a sending: who sent it to whom, and where it stands. */
public record SubmissionHead(Long id, Long senderCommitteeId, Long receiverCommitteeId, SubmissionStatus status) {
}
