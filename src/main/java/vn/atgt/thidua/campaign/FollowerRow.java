package vn.atgt.thidua.campaign;

import java.time.LocalDate;

/**
 * A campaign that implements a parent committee's campaign ({@code followsCampaignId}): which committee launched it,
 * with what plan and when (the plan's date), and where it stands.
 */
public record FollowerRow(Long followsCampaignId, Long campaignId, Long committeeId, String planNumber,
		LocalDate planDate, String title, LocalDate startDate, LocalDate endDate, CampaignStatus status) {
}
