package vn.atgt.thidua.report;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * Where a unit's report for a period is: prepared by the unit ({@code DRAFT}), sent by its head ({@code SUBMITTED}),
 * accepted by the standing office and locked ({@code ACCEPTED}), or returned with a reason ({@code RETURNED}, which
 * the unit edits like a draft and sends again; an accepted report that the office reopens is returned too). A unit
 * that has not opened its report for a period has no report at all ("Chưa thực hiện").
 */
public enum ReportStatus implements Labelled {
	DRAFT, SUBMITTED, ACCEPTED, RETURNED;

	/** True while the unit may change the report. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/** True when the report in force has been sent (waiting for the review, or accepted). */
	public boolean isSubmitted() {
		return this == SUBMITTED || this == ACCEPTED;
	}

	@Override
	public String messageKey() {
		return "report.status." + name();
	}
}
