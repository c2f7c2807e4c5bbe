package vn.atgt.thidua.campaign.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignCommand;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.campaign.CampaignView;

/** The campaign form: what the launching plan says. The committee is chosen at creation only. */
record CampaignForm(
		Long committeeId,
		@NotBlank(message = "{campaign.planNumber.required}") @Size(max = 50, message = "{validation.tooLong}") String planNumber,
		@NotNull(message = "{campaign.planDate.required}") LocalDate planDate,
		@Size(max = 2000, message = "{validation.tooLong}") String legalBasis,
		@NotBlank(message = "{campaign.title.required}") @Size(max = 500, message = "{validation.tooLong}") String title,
		@Size(max = 500, message = "{validation.tooLong}") String theme,
		@Size(max = 10000, message = "{validation.tooLong}") String purpose,
		@Size(max = 10000, message = "{validation.tooLong}") String requirements,
		@NotNull(message = "{campaign.startDate.required}") LocalDate startDate,
		@NotNull(message = "{campaign.endDate.required}") LocalDate endDate,
		@NotNull(message = "{campaign.baselineYear.required}") @Min(value = 1900, message = "{campaign.baselineYear.range}")
		@Max(value = 2200, message = "{campaign.baselineYear.range}") Integer baselineYear,
		boolean goalReduceCases,
		boolean goalReduceDeaths,
		boolean goalReduceInjured,
		boolean goalReduceDrinkDriving,
		boolean goalNoEspeciallySerious,
		boolean goalNoCommercialTransport,
		@NotNull(message = "{campaign.accidentConvention.required}") AccidentPeriodConvention accidentConvention,
		Long followsCampaignId,
		long version) {

	/** A new campaign: all goals on, accident months as the police count them. */
	static CampaignForm empty(Long committeeId) {
		return new CampaignForm(committeeId, "", null, "", "", "", "", "", null, null, null, true, true, true, true,
				true, true, AccidentPeriodConvention.POLICE_15_TO_14, null, 0);
	}

	static CampaignForm of(CampaignView c) {
		CampaignGoals g = c.goals();
		return new CampaignForm(c.committeeId(), c.planNumber(), c.planDate(), c.legalBasis(), c.title(), c.theme(),
				c.purpose(), c.requirements(), c.startDate(), c.endDate(), c.baselineYear(), g.reduceCases(),
				g.reduceDeaths(), g.reduceInjured(), g.reduceDrinkDrivingAccidents(), g.noEspeciallySeriousAccident(),
				g.noCommercialTransportAccident(), c.accidentConvention(), c.followsCampaignId(),
				c.version());
	}

	CampaignCommand toCommand() {
		return new CampaignCommand(planNumber.strip(), planDate, CampaignPages.blankToNull(legalBasis), title.strip(),
				CampaignPages.blankToNull(theme), CampaignPages.blankToNull(purpose),
				CampaignPages.blankToNull(requirements), startDate, endDate, baselineYear,
				new CampaignGoals(goalReduceCases, goalReduceDeaths, goalReduceInjured, goalReduceDrinkDriving,
						goalNoEspeciallySerious, goalNoCommercialTransport),
				accidentConvention, followsCampaignId);
	}
}
