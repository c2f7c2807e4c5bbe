package vn.atgt.thidua.submission;

/**
 * A sending's page: the sending, what the user may do with it, and whether it arrived at her committee (the page then
 * leads back to the queue) or left it (back to the sent list).
 */
public record SubmissionPage(SubmissionView submission, SubmissionActions actions, boolean incoming) {
}
