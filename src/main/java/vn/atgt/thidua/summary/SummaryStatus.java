package vn.atgt.thidua.summary;

import vn.atgt.thidua.common.i18n.Labelled;

/** A report is a draft while the office works on it, then final: locked, with who finalised it and when. */
public enum SummaryStatus implements Labelled {
	DRAFT, FINAL;

	@Override
	public String messageKey() {
		return "summary.status." + name();
	}
}
