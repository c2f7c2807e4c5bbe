package vn.atgt.thidua.submission;

import vn.atgt.thidua.common.i18n.Labelled;

/** Where a sending stands: sent, received (the parent opened it), returned with a reason, or accepted. */
public enum SubmissionStatus implements Labelled {
	SENT, RECEIVED, RETURNED, ACCEPTED;

	/** True while the parent has not decided: the child may not send the same subject again. */
	public boolean pending() {
		return this == SENT || this == RECEIVED;
	}

	@Override
	public String messageKey() {
		return "submission.status." + name();
	}
}
