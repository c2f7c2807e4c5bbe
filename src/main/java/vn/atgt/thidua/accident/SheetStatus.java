package vn.atgt.thidua.accident;

import vn.atgt.thidua.common.i18n.Labelled;

/** Where a month's figures stand: entered ({@code DRAFT}), or confirmed by the standing office and locked. */
public enum SheetStatus implements Labelled {
	DRAFT, CONFIRMED;

	@Override
	public String messageKey() {
		return "accident.status." + name();
	}
}
