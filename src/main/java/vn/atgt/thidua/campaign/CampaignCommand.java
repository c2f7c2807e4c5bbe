package vn.atgt.thidua.campaign;

import java.time.LocalDate;

/**
 * What the standing office enters for a campaign from its launching plan, with the parent committee's campaign it
 * implements ({@code followsCampaignId}, null: none; issue 18 item 3).
 */
public record CampaignCommand(String planNumber, LocalDate planDate, String legalBasis, String title, String theme,
		String purpose, String requirements, LocalDate startDate, LocalDate endDate, int baselineYear,
		CampaignGoals goals, AccidentPeriodConvention accidentConvention, Long followsCampaignId) {

	/** A campaign that follows no other. */
	public CampaignCommand(String planNumber, LocalDate planDate, String legalBasis, String title, String theme,
			String purpose, String requirements, LocalDate startDate, LocalDate endDate, int baselineYear,
			CampaignGoals goals, AccidentPeriodConvention accidentConvention) {
		this(planNumber, planDate, legalBasis, title, theme, purpose, requirements, startDate, endDate, baselineYear,
				goals, accidentConvention, null);
	}
}
