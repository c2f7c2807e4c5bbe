package vn.atgt.thidua.commendation;

import vn.atgt.thidua.common.i18n.Labelled;

/** Who is proposed: a collective (tập thể) or an individual (cá nhân). */
public enum NomineeKind implements Labelled {
	COLLECTIVE, INDIVIDUAL;

	@Override
	public String messageKey() {
		return "nominee.kind." + name();
	}
}
