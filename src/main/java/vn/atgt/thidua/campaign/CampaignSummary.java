package vn.atgt.thidua.campaign;

import java.time.LocalDate;

/** A line of the campaign list, and a campaign in selection lists. */
public record CampaignSummary(Long id, Long committeeId, String planNumber, String title, LocalDate startDate,
		LocalDate endDate, int baselineYear, CampaignStatus status) {
}
