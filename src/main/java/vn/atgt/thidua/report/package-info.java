/**
 * Periodic progress reports (báo cáo kết quả thực hiện): per participating unit and reporting period one report with
 * the value achieved for each approved target (the cumulative value and the completion rate are computed from the
 * earlier accepted reports of the same cadence), a narrative per task area, general difficulties and proposals, and
 * evidence files; the standing office's review (accept, return with a reason and comments on single entries, reopen)
 * with the history of every step and the lateness of every submission. {@link vn.atgt.thidua.report.ReportService} is
 * the door (the workflow, and {@code reportStatuses} for other modules), which
 * other modules also follow through {@link vn.atgt.thidua.report.ReportSubmitted},
 * {@link vn.atgt.thidua.report.ReportAccepted}, {@link vn.atgt.thidua.report.ReportReturned} and
 * {@link vn.atgt.thidua.report.ReportReopened}; {@link vn.atgt.thidua.report.ReportCompletions} counts the approved
 * targets met, on track and behind in SQL for the dashboards; {@link vn.atgt.thidua.report.ReportProgress} reads what the
 * accepted reports add up to per target ({@code progress}, {@code mainCadence}) and
 * {@link vn.atgt.thidua.report.ReportNarratives} the accepted narratives, for other modules;
 * {@link vn.atgt.thidua.report.ReportQueries} reads the pages,
 * {@link vn.atgt.thidua.report.EvidenceService} keeps the files, and {@link vn.atgt.thidua.report.ReportAccess} is the
 * one access policy they all ask.
 * <p>
 * SQL that reads other modules' tables, deliberately (internal/ProgressReportRepository and its neighbours):
 * <ul>
 * <li>{@code campaign_periods}: the cumulative values ({@code earlier}, {@code ProgressSums}, the kept values of
 * {@code CompletionRepository.keep}) add up accepted reports by the cadence and order of their periods inside one
 * aggregate, and the list of reports pairs every period with every participant ({@code overview},
 * {@code statusCounts});</li>
 * <li>{@code campaign_participants}: the list of reports has a row for each participant and period it takes part in,
 * also where no report exists ("Chưa thực hiện"); only a join participants × periods LEFT JOIN reports lets SQL
 * filter, page, count and sum it up by status;</li>
 * <li>{@code units}: that list is ordered as the campaign orders its participants (by kind, then by name in the
 * Vietnamese collation of the column), which SQL must know to page it;</li>
 * <li>{@code units}, {@code campaign_periods} and {@code campaign_task_areas} (names and numbers): the accepted
 * narratives are filtered by unit name and text and paged with what each quote shows
 * ({@code internal/NarrativeQuotes});</li>
 * <li>{@code campaign_task_areas} (internal/CompletionRepository, CompletionVersionRepository): the completion counts
 * carry each task area's number and title, and what they rest on includes a fingerprint of the task areas.</li>
 * </ul>
 * The completion counts are kept in memory between views (internal/CompletionCache) under a counter per campaign
 * ({@code target_value_versions}) that every change of the kept values raises in its transaction, and the day: each
 * view reads the counter first, so that several nodes never serve counts older than the committed values. The list of
 * reports' counts by status are kept likewise, under the campaign module's status counter and the day
 * ({@code CampaignStatusCache}).
 * Stored files are read through the common {@code FileStorage}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "registration", "campaign", "unit", "common" })
package vn.atgt.thidua.report;
