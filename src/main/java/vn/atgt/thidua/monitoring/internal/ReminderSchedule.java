package vn.atgt.thidua.monitoring.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.monitoring.ReminderService;

/**
 * Runs the reminder job on its schedule: {@code thidua.reminders.cron} (every day at 07:00 by default) in
 * {@code thidua.reminders.zone} (Asia/Ho_Chi_Minh); {@code thidua.reminders.enabled=false} switches it off. Every node
 * may run it: the job's sent-log makes a second run at the same moment send nothing.
 */
@Component
@ConditionalOnProperty(name = "thidua.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

	private final ReminderService reminders;

	ReminderSchedule(ReminderService reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${thidua.reminders.cron:0 0 7 * * *}", zone = "${thidua.reminders.zone:Asia/Ho_Chi_Minh}")
	void run() {
		reminders.sendDue();
	}
}
