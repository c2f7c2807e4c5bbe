package vn.atgt.thidua.accident;

/**
 * What the signed-in user may do with the black-spot register of a campaign's committee, from
 * {@link AccidentAccess#blackSpotActions}: add and edit points, move a point's treatment on, attach and remove
 * evidence files. The pages show exactly these buttons.
 */
public record BlackSpotActions(boolean edit, boolean move, boolean attach) {
}
