package vn.atgt.thidua.summary;

import vn.atgt.thidua.common.i18n.Labelled;

/** The six-month review (sơ kết, over a chosen range of reporting periods) or the year-end review (tổng kết). */
public enum SummaryKind implements Labelled {
	SIX_MONTH("Sơ kết"), YEAR_END("Tổng kết");

	private final String word;

	SummaryKind(String word) {
		this.word = word;
	}

	/** The word the document's title starts with: "Sơ kết", "Tổng kết". */
	public String word() {
		return word;
	}

	@Override
	public String messageKey() {
		return "summary.kind." + name();
	}
}
