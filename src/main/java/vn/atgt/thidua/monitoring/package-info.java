/**
 * Keeping the movement moving (theo dõi, đôn đốc): in-app notifications of every workflow event that concerns a user
 * (with e-mail for the kinds she chose), the submission status matrix and the list of late units read from the report
 * and registration modules' status reads, reminders before and after due dates sent by a daily job (once per unit,
 * item and kind, under a unique key of its sent-log), and the standing office's urging notice with its log. Other
 * modules read lateness through {@link vn.atgt.thidua.monitoring.MonitoringService}: the document module writes the
 * urging letter from its late list, the dashboard shows a unit's items and a campaign's progress on the home pages.
 * The pages read {@link vn.atgt.thidua.monitoring.MonitoringQueries}; who may do what is
 * {@link vn.atgt.thidua.monitoring.MonitoringAccess}'s.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "report", "registration", "campaign", "unit", "account", "common" })
package vn.atgt.thidua.monitoring;
