/**
 * The six-month (sơ kết) and year-end (tổng kết) reports of a campaign (issue 17; DOMAIN.md §3.6 and §5): a draft
 * per campaign and kind whose sections are filled from the other modules' doors — the organisation of the movement
 * (campaign, registration), the results per task area and the highlights the office picks from the units' accepted
 * narratives (report), the accidents against the baseline year, the goal checks and the black spots treated
 * (accident), the exemplary models and their replication (exemplar), the ranking and grades (scoring), the
 * commendation proposals and decisions (commendation) — and whose assessment, direction and proposals the standing
 * office writes; refreshing the figures keeps the office's edits. None of those modules depends on this one. The DOCX
 * uses the document module's writer (summary depends on document, never the reverse). Who may read and write is
 * {@link vn.atgt.thidua.summary.SummaryAccess}'s.
 * <p>
 * The highlight picker reads the accepted narratives filtered and paged through the report module's door
 * ({@link vn.atgt.thidua.report.ReportNarratives}); the results section reads the targets' progress through
 * {@link vn.atgt.thidua.report.ReportProgress}. No SQL here reads another module's tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "document", "commendation", "scoring",
		"exemplar", "report", "registration", "accident", "campaign", "unit", "common" })
package vn.atgt.thidua.summary;
