package vn.atgt.thidua.scoring;

/** One thing that keeps a score table from being used: a message key and its arguments. */
public record TableProblem(String messageKey, Object... arguments) {
}
