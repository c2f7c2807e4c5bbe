package vn.atgt.thidua.registration;

/**
 * What the signed-in user may do on the campaign's registration as a whole: set it up (suggested indicators and the
 * deadline), and open her own unit's registration ({@code ownUnitId}, null when she prepares none in this campaign).
 */
public record OverviewActions(boolean setUp, Long ownUnitId) {
}
