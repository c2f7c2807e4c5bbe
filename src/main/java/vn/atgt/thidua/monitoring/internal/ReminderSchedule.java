package vn.atgt.thidua.monitoring.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.monitoring.ReminderService;

/**
 * Runs the reminder job on its schedule: {@code thidua.reminders.cron} (every day at 07:00 by default) in
 * {@code thidua.reminders.zone} (Asia/Ho_Chi_Minh); {@code thidua.reminders.enabled=false} switches it off. With
 * several nodes, one runs it per schedule (a lock row in the database, ShedLock); the lock is held at least a minute
 * so that a node whose clock is a few seconds late does not start the round again, and the job's sent-log still
 * makes any second run send nothing.
 */
@Component
@ConditionalOnProperty(name = "thidua.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

	private final ReminderService reminders;

	ReminderSchedule(ReminderService reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${thidua.reminders.cron:0 0 7 * * *}", zone = "${thidua.reminders.zone:Asia/Ho_Chi_Minh}")
	@SchedulerLock(name = "reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT2H")
	void run() {
		reminders.sendDue();
	}
}
