package vn.atgt.thidua.registration;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * Where a unit's registration is: prepared by the unit ({@code DRAFT}), sent by its head ({@code SUBMITTED}), approved
 * by the standing office and locked ({@code APPROVED}), or returned with a reason ({@code RETURNED}, which the unit
 * edits like a draft and sends again). A unit that has not started has no registration at all.
 */
public enum RegistrationStatus implements Labelled {
	DRAFT, SUBMITTED, APPROVED, RETURNED;

	/** True while the unit may change its targets. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/** True when the registration in force has been sent (waiting for a decision, or approved). */
	public boolean isSubmitted() {
		return this == SUBMITTED || this == APPROVED;
	}

	@Override
	public String messageKey() {
		return "target.status." + name();
	}
}
