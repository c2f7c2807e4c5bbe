package vn.atgt.thidua.audit;

import vn.atgt.thidua.common.i18n.Labelled;

/** What an audit entry records. {@link #STATE_CHANGE} is an update that moved an item's {@code status}. */
public enum AuditAction implements Labelled {
	CREATE, UPDATE, STATE_CHANGE, DELETE, SIGN_IN, SIGN_IN_FAILED, LOCKOUT;

	/** Deletions and refused or locked sign-ins: shown so that they catch the eye. */
	public boolean warning() {
		return this == DELETE || this == SIGN_IN_FAILED || this == LOCKOUT;
	}

	@Override
	public String messageKey() {
		return "audit.action." + name();
	}
}
