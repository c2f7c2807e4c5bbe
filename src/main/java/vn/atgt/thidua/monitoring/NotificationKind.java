package vn.atgt.thidua.monitoring;

import vn.atgt.thidua.common.i18n.Labelled;

/** What a notification is about; each user chooses per kind whether she also gets an e-mail. */
public enum NotificationKind implements Labelled {
	/** The unit's item (registration or report) was returned for correction. */
	ITEM_RETURNED(true),
	/** The unit's item was approved or accepted. */
	ITEM_ACCEPTED(false),
	/** A unit submitted something: the standing office's queue grew. */
	SUBMISSION_RECEIVED(false),
	/** A due date is near and the unit has not submitted. */
	DEADLINE_APPROACHING(true),
	/** A due date passed and the unit has not submitted. */
	DEADLINE_OVERDUE(true),
	/** The standing office urges the unit. */
	URGING(true),
	/** The standing office reopened an approved or accepted item. */
	ITEM_REOPENED(false),
	/** A campaign the unit takes part in started: it registers its targets and reports. */
	CAMPAIGN_LAUNCHED(true);

	private final boolean emailByDefault;

	NotificationKind(boolean emailByDefault) {
		this.emailByDefault = emailByDefault;
	}

	public boolean emailByDefault() {
		return emailByDefault;
	}

	@Override
	public String messageKey() {
		return "notification.kind." + name();
	}
}
