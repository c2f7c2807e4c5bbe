package vn.atgt.thidua.scoring;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * Where a unit's score stands: self-scored by the unit ({@code DRAFT}), sent by its head ({@code SUBMITTED}), returned
 * by the standing office with a reason ({@code RETURNED}, edited like a draft and sent again), or accepted after the
 * review ({@code ACCEPTED}, locked; it counts in the ranking
 * as reviewed), or confirmed by the leadership after the council's meeting ({@code FINAL}: the official result, which
 * only a leader reopens).
 */
public enum ScoreStatus implements Labelled {
	DRAFT, SUBMITTED, RETURNED, ACCEPTED, FINAL;

	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/** True when the score counts in the ranking: accepted (as reviewed) or final. */
	public boolean isRanked() {
		return this == ACCEPTED || this == FINAL;
	}

	@Override
	public String messageKey() {
		return "scoring.status." + name();
	}
}
