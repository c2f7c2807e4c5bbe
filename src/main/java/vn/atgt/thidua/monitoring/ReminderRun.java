package vn.atgt.thidua.monitoring;

/**
 * What one run of the reminder job did: reminders sent (one per unit, item and kind), the people notified, and the
 * reminders found already sent by an earlier or concurrent run and therefore not sent again.
 */
public record ReminderRun(int sent, int notified, int alreadySent) {
}
