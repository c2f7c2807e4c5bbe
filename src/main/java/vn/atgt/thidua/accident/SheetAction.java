package vn.atgt.thidua.accident;

import vn.atgt.thidua.common.i18n.Labelled;

/** What happened to a month's figures, as its history lists it. */
public enum SheetAction implements Labelled {
	SAVED, IMPORTED, CONFIRMED, REOPENED;

	@Override
	public String messageKey() {
		return "accident.action." + name();
	}
}
