package vn.atgt.thidua.registration;

/**
 * An indicator the standing office suggests under a task area (chỉ tiêu gợi ý), for units to pick and fill in;
 * {@code usedBy} counts the registrations that picked it (once picked, its name, unit and direction are fixed).
 */
public record SuggestedIndicatorView(Long id, Long campaignId, Long taskAreaId, int position, String name,
		String unitOfMeasure, TargetDirection direction, String guidance, long usedBy, long version) {

	public boolean inUse() {
		return usedBy > 0;
	}
}
