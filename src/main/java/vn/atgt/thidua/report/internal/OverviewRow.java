package vn.atgt.thidua.report.internal;

import vn.atgt.thidua.unit.UnitKind;

/**
 * One participating unit and one reporting period it takes part in, with the id of its report when it opened one (a
 * row of {@link ProgressReportRepository#overview}; {@code reportId} is null for "Chưa thực hiện"). Where the report
 * stands is read for the page's reports by {@link ProgressReportRepository#statusesOf}, as typed columns.
 */
public interface OverviewRow {

	Long getUnitId();

	String getUnitName();

	UnitKind getUnitKind();

	Long getPeriodId();

	Long getReportId();
}
