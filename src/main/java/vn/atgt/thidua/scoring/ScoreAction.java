package vn.atgt.thidua.scoring;

import vn.atgt.thidua.common.i18n.Labelled;

/** A step in the history of a unit's score. */
public enum ScoreAction implements Labelled {
	STARTED, SUBMITTED, REVIEWED, RETURNED, ACCEPTED, REOPENED, EXCLUDED, INCLUDED, FINALISED, FINAL_REOPENED;

	@Override
	public String messageKey() {
		return "scoring.action." + name();
	}
}
