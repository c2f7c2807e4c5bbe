package vn.atgt.thidua.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code thidua.reminders.*}: how many days before a due date the daily job reminds the units that have not sent
 * (the value is in application.properties, from {@code THIDUA_REMINDERS_DAYS_BEFORE}). The schedule's own settings
 * ({@code enabled}, {@code cron}, {@code zone}) are read by the schedule.
 */
@ConfigurationProperties("thidua.reminders")
public record ReminderProperties(int daysBefore) {

	public ReminderProperties {
		if (daysBefore < 0) {
			throw new IllegalArgumentException("thidua.reminders.days-before must not be negative: " + daysBefore);
		}
	}
}
