package vn.atgt.thidua.monitoring;

/**
 * What the signed-in user may do on the monitoring pages of a campaign, from {@link MonitoringAccess#actions}: urge the
 * selected late units, export the matrix, draft the urging letter. The pages show exactly these buttons.
 */
public record MonitoringActions(boolean urge, boolean export, boolean draftLetter) {
}
