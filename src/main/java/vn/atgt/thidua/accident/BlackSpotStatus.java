package vn.atgt.thidua.accident;

import java.util.List;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * The treatment of a point: identified → being treated → treated → monitoring. A point under monitoring where
 * accidents happen again goes back to being treated.
 */
public enum BlackSpotStatus implements Labelled {
	IDENTIFIED, BEING_TREATED, TREATED, MONITORING;

	/** The statuses a point may move to from this one. */
	public List<BlackSpotStatus> next() {
		return switch (this) {
			case IDENTIFIED -> List.of(BEING_TREATED);
			case BEING_TREATED -> List.of(TREATED);
			case TREATED -> List.of(MONITORING);
			case MONITORING -> List.of(BEING_TREATED);
		};
	}

	public boolean canMoveTo(BlackSpotStatus target) {
		return next().contains(target);
	}

	@Override
	public String messageKey() {
		return "blackSpot.status." + name();
	}
}
