package vn.atgt.thidua.campaign;

/**
 * The accident goals a campaign checks (the seed plan's four groups): fewer cases, deaths and injured than in the
 * baseline year; fewer accidents caused by drink-driving; no especially serious accident; no accident involving a
 * commercial transport car. Each can be switched off for a campaign that does not pursue it.
 */
public record CampaignGoals(boolean reduceCases, boolean reduceDeaths, boolean reduceInjured,
		boolean reduceDrinkDrivingAccidents, boolean noEspeciallySeriousAccident,
		boolean noCommercialTransportAccident) {

	/** Every goal on, as in the seed plan. */
	public static CampaignGoals all() {
		return new CampaignGoals(true, true, true, true, true, true);
	}

	/** True when the three criteria (cases, deaths, injured) are all checked: "kéo giảm trên cả 3 tiêu chí". */
	public boolean allThreeCriteria() {
		return reduceCases && reduceDeaths && reduceInjured;
	}

	public boolean any() {
		return reduceCases || reduceDeaths || reduceInjured || reduceDrinkDrivingAccidents
				|| noEspeciallySeriousAccident || noCommercialTransportAccident;
	}
}
