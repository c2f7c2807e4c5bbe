package vn.atgt.thidua.summary;

/**
 * What the signed-in user may do, from {@link SummaryAccess#actions}: start a report, edit a draft (its sections,
 * highlights and figures), finalise it.
 */
public record SummaryActions(boolean create, boolean edit, boolean finalise) {
}
