package vn.atgt.thidua.campaign;

import java.time.LocalDate;

/**
 * A campaign as every module reads it: the plan (number, date, legal basis), title and theme, dates, baseline year of
 * the accident comparison, the goals it checks, the accident-period convention and its status, and the parent
 * committee's campaign it implements ({@code followsCampaignId}, null: none).
 */
public record CampaignView(Long id, Long committeeId, String planNumber, LocalDate planDate, String legalBasis,
		String title, String theme, String purpose, String requirements, LocalDate startDate, LocalDate endDate,
		int baselineYear, CampaignGoals goals, AccidentPeriodConvention accidentConvention, CampaignStatus status,
		long version, Long followsCampaignId) {

	/** A campaign that follows no other (fixtures). */
	public CampaignView(Long id, Long committeeId, String planNumber, LocalDate planDate, String legalBasis,
			String title, String theme, String purpose, String requirements, LocalDate startDate, LocalDate endDate,
			int baselineYear, CampaignGoals goals, AccidentPeriodConvention accidentConvention, CampaignStatus status,
			long version) {
		this(id, committeeId, planNumber, planDate, legalBasis, title, theme, purpose, requirements, startDate, endDate,
				baselineYear, goals, accidentConvention, status, version, null);
	}

	public boolean isDraft() {
		return status == CampaignStatus.DRAFT;
	}

	public boolean isActive() {
		return status == CampaignStatus.ACTIVE;
	}

	public boolean isClosed() {
		return status == CampaignStatus.CLOSED;
	}

	/** True when the day lies within the campaign's dates. */
	public boolean covers(LocalDate day) {
		return !day.isBefore(startDate) && !day.isAfter(endDate);
	}
}
