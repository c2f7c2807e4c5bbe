package vn.atgt.thidua.campaign;

/**
 * The campaign a clone created and what it copied. Periods that fall outside the new dates and units that are no
 * longer active (or had left) are left out and counted here, so that the office is told.
 */
public record CloneResult(Long campaignId, int taskAreas, int periods, int periodsLeftOut, int participants,
		int participantsLeftOut) {
}
