package vn.atgt.thidua.exemplar;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * What an exemplar is: a collective's model (mô hình, e.g. "Cổng trường an toàn giao thông"), an individual's good deed
 * (gương người tốt, việc tốt: it names the person), or a practice (cách làm hay).
 */
public enum ExemplarKind implements Labelled {
	COLLECTIVE_MODEL, GOOD_DEED, PRACTICE;

	@Override
	public String messageKey() {
		return "exemplar.kind." + name();
	}
}
