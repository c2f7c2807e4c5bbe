/**
 * The province's roll-up (issue 18, items 2 and 3): the office and leaders of a committee with committees below it
 * (the province's Ban ATGT over the communes') read, and never change, their children's movements. Per campaign of the
 * parent: which child committees launched a movement following it and when, and per child the accident figures of its
 * area against the baseline year (the three criteria, worded as the accident module words comparisons), the goal
 * checks, participation (units, registrations) and timeliness (reports sent on time), with the total, its XLSX, and a
 * drill-down to one child's campaign (its months, its completion of targets through
 * {@link vn.atgt.thidua.report.ReportCompletions}, a link to its read-only campaign pages).
 * <p>
 * It owns no data. To keep the roll-up's number of SQL statements constant whatever the number of communes, it sums
 * other modules' tables in the database directly (a few aggregate statements, {@code internal.RollupFigures}):
 * {@code campaigns}, {@code committees}, {@code areas} (which campaign, committee and area), {@code accident_sheets},
 * {@code accident_sheet_lines} (the confirmed months of each child's area and of its baseline year),
 * {@code campaign_participants}, {@code target_registrations}, {@code campaign_periods}, {@code progress_reports}
 * (participation and timeliness). Everything else goes through the doors.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "report", "accident", "campaign", "unit", "common" })
package vn.atgt.thidua.rollup;
