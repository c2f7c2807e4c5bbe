package vn.atgt.thidua.submission;

/** A sending's page: the sending and what the user may do with it. */
public record SubmissionPage(SubmissionView submission, SubmissionActions actions) {
}
