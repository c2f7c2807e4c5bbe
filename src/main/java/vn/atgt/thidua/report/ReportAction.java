package vn.atgt.thidua.report;

import vn.atgt.thidua.common.i18n.Labelled;

/** A step in a report's history: the unit started, submitted; the standing office accepted, returned, reopened. */
public enum ReportAction implements Labelled {
	STARTED, SUBMITTED, ACCEPTED, RETURNED, REOPENED;

	@Override
	public String messageKey() {
		return "report.action." + name();
	}
}
