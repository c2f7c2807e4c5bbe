package vn.atgt.thidua.campaign;

/**
 * Published when reporting periods were added to a campaign (in the same transaction). Periods may be added while a
 * campaign runs, and the cadence with the most periods is the one whose accepted reports add up to a target's value:
 * the report module keeps those values again.
 */
public record PeriodsAdded(Long campaignId) {
}
