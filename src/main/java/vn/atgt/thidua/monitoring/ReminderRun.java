package vn.atgt.thidua.monitoring;

/**
 * What one run of the reminder job did: reminders sent (one per unit, item and kind), the people notified, the
 * reminders found already sent by an earlier or concurrent run and therefore not sent again, and those that failed
 * (logged; tried again by the next run).
 */
public record ReminderRun(int sent, int notified, int alreadySent, int failed) {

	static final ReminderRun NONE = new ReminderRun(0, 0, 0, 0);

	ReminderRun plus(ReminderRun other) {
		return new ReminderRun(sent + other.sent, notified + other.notified, alreadySent + other.alreadySent,
				failed + other.failed);
	}
}
