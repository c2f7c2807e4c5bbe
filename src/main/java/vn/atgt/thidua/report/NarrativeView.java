package vn.atgt.thidua.report;

/** What the unit wrote under one task area: activities, results, difficulties, proposals (each may be null). */
public record NarrativeView(Long taskAreaId, String activities, String results, String difficulties,
		String proposals) {

	public static NarrativeView empty(Long taskAreaId) {
		return new NarrativeView(taskAreaId, null, null, null, null);
	}

	public boolean isEmpty() {
		return activities == null && results == null && difficulties == null && proposals == null;
	}
}
