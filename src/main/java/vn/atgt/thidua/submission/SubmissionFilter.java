package vn.atgt.thidua.submission;

/** The queue's filters: status, the sending child committee, kind (each null for all). */
public record SubmissionFilter(SubmissionStatus status, Long committeeId, SubmissionKind kind) {
}
