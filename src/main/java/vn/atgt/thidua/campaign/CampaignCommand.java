package vn.atgt.thidua.campaign;

import java.time.LocalDate;

/** What the standing office enters for a campaign from its launching plan. */
public record CampaignCommand(String planNumber, LocalDate planDate, String legalBasis, String title, String theme,
		String purpose, String requirements, LocalDate startDate, LocalDate endDate, int baselineYear,
		CampaignGoals goals, AccidentPeriodConvention accidentConvention) {
}
