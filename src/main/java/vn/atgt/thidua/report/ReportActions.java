package vn.atgt.thidua.report;

/**
 * What the signed-in user may do with a report, as {@link ReportAccess} decides it, so that a page shows exactly the
 * buttons the service accepts: {@code edit} (save the unit's draft or returned report), {@code submit} (the unit's
 * head sends it), {@code decide} (the office accepts or returns a submitted one), {@code reopen} (the office reopens
 * an accepted one); {@code waitsForHead} when the user edits it but only the unit's head may send it.
 */
public record ReportActions(boolean edit, boolean submit, boolean decide, boolean reopen, boolean waitsForHead) {
}
