/**
 * Keeping the movement moving (theo dõi, đôn đốc): in-app notifications of every workflow event that concerns a user
 * (with e-mail for the kinds she chose), the submission status matrix and the list of late units read from the report
 * and registration modules' status reads, reminders before and after due dates sent by a daily job (once per unit,
 * item and kind, under a unique key of its sent-log), and the standing office's urging notice with its log. Other
 * modules read lateness through {@link vn.atgt.thidua.monitoring.MonitoringService}: the document module writes the
 * urging letter from its late list, the dashboard shows a unit's items and a campaign's progress on the home pages.
 * The pages read {@link vn.atgt.thidua.monitoring.MonitoringQueries}; who may do what is
 * {@link vn.atgt.thidua.monitoring.MonitoringAccess}'s.
 * <p>
 * SQL that reads other modules' tables, deliberately (internal/StandingRepository): the office's home, the matrix's
 * totals and pages and the late list count and page where the campaign's units stand in the database, since building
 * every unit × period in Java cost a province's page 300 ms of CPU. Only a join of {@code campaign_participants}
 * (with their join and leave dates) × {@code campaign_periods} LEFT JOIN {@code progress_reports} and
 * {@code target_registrations} counts the items not started; {@code units} gives the campaign's order of units and
 * the kind filter, {@code targets} the task-area filter (an approved target under it). The leadership dashboard's
 * standing (the periods' totals, the late units, the units needing attention and the first of them) is one such
 * statement, which also reads {@code target_registration_deadlines} (whether the registration is overdue) and takes
 * the units of low completion from the report module's door ({@code ReportCompletions.lowCompletions}) as a list of
 * ids, so that no unit is walked in Java. What these aggregates count over the whole campaign (the standing, the
 * progress, the matrix's totals, the late units in order) is kept between views under the campaign module's status
 * counter and the day ({@code CampaignStatusCache}); a page then reads only its own rows.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "report", "registration", "campaign", "unit", "account", "common" })
package vn.atgt.thidua.monitoring;
