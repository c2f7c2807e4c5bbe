package vn.atgt.thidua.submission;

/**
 * What the signed-in user may do with a sending, from {@link SubmissionAccess#actions}: confirm it arrived, return or
 * accept it (the parent's office), send the subject again after a return (the child's office, on the latest round).
 */
public record SubmissionActions(boolean receive, boolean decide, boolean sendAgain) {
}
