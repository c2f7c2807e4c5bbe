package vn.atgt.thidua.exemplar;

/** Which exemplar is asked for: the campaign (from the address), and the unit that owns it. */
public record ExemplarScope(Long campaignId, Long unitId) {
}
