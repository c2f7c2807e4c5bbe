/**
 * Periodic progress reports (báo cáo kết quả thực hiện): per participating unit and reporting period one report with
 * the value achieved for each approved target (the cumulative value and the completion rate are computed from the
 * earlier accepted reports of the same cadence), a narrative per task area, general difficulties and proposals, and
 * evidence files; the standing office's review (accept, return with a reason and comments on single entries, reopen)
 * with the history of every step and the lateness of every submission. Other modules read it through
 * {@link vn.atgt.thidua.report.ReportService} ({@code reportStatuses}, {@code progress}) and listen to
 * {@link vn.atgt.thidua.report.ReportSubmitted}, {@link vn.atgt.thidua.report.ReportAccepted},
 * {@link vn.atgt.thidua.report.ReportReturned} and {@link vn.atgt.thidua.report.ReportReopened}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "registration", "campaign", "unit", "common" })
package vn.atgt.thidua.report;
