package vn.atgt.thidua.registration;

import vn.atgt.thidua.common.i18n.Labelled;

/** A quantitative target (a number to reach) or a milestone (a deliverable due on a date, done or not). */
public enum TargetKind implements Labelled {
	QUANTITATIVE, MILESTONE;

	@Override
	public String messageKey() {
		return "target.kind." + name();
	}
}
