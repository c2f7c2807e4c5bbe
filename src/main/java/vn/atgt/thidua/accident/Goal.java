package vn.atgt.thidua.accident;

import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.common.i18n.Labelled;

/**
 * The accident goals of the seed plan: reduce a criterion against the baseline year, or have none of a kind of
 * accident at all. Labels take the baseline year as argument.
 */
public enum Goal implements Labelled {
	REDUCE_CASES(Criterion.CASES, true),
	REDUCE_DEATHS(Criterion.DEATHS, true),
	REDUCE_INJURED(Criterion.INJURED, true),
	REDUCE_DRINK_DRIVING(Criterion.DRINK_DRIVING, true),
	NO_ESPECIALLY_SERIOUS(Criterion.ESPECIALLY_SERIOUS, false),
	NO_COMMERCIAL_TRANSPORT(Criterion.COMMERCIAL_TRANSPORT, false);

	private final Criterion criterion;
	private final boolean reduction;

	Goal(Criterion criterion, boolean reduction) {
		this.criterion = criterion;
		this.reduction = reduction;
	}

	public Criterion criterion() {
		return criterion;
	}

	/** True for "reduce against the baseline year"; false for "none at all". */
	public boolean isReduction() {
		return reduction;
	}

	/** True when the campaign pursues this goal. */
	public boolean isOn(CampaignGoals goals) {
		return switch (this) {
			case REDUCE_CASES -> goals.reduceCases();
			case REDUCE_DEATHS -> goals.reduceDeaths();
			case REDUCE_INJURED -> goals.reduceInjured();
			case REDUCE_DRINK_DRIVING -> goals.reduceDrinkDrivingAccidents();
			case NO_ESPECIALLY_SERIOUS -> goals.noEspeciallySeriousAccident();
			case NO_COMMERCIAL_TRANSPORT -> goals.noCommercialTransportAccident();
		};
	}

	@Override
	public String messageKey() {
		return "accident.goal." + name();
	}
}
