package vn.atgt.thidua.report;

/**
 * What a unit wrote under one task area in a report the standing office accepted, as the six-month and year-end
 * reports quote it (each highlight with its unit and period). {@code id} is the narrative's, stable while the report
 * stays accepted; activities or results may be null.
 */
public record AcceptedNarrative(Long id, Long reportId, Long unitId, Long periodId, Long taskAreaId, String activities,
		String results) {

	/** The text to quote: the results, or the activities when the unit wrote no results. */
	public String quote() {
		return results != null && !results.isBlank() ? results.strip() : activities == null ? "" : activities.strip();
	}
}
