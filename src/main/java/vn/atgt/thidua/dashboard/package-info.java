/**
 * What people see first: the home page by role (a unit's items and the standing office's campaigns at a glance), the
 * leadership dashboard of a campaign (goal checks, accident figures against the baseline year, completion by task
 * area, timeliness, units needing attention, black spots) and the results of the movement (task area × unit and
 * unit × task area, with their XLSX), and the public page of a campaign. It owns one setting per campaign (whether
 * its public page is on, {@code public_pages}) and no other data: it reads other modules only through their doors (the accident
 * comparison and black-spot counts, monitoring's standing of the campaign (counted in SQL, the units of low completion
 * given to it), the report module's counts of approved targets by standing and its units of low completion (one SQL
 * aggregate, kept between views while the kept values and the day are the same), the campaign, its committee and
 * units). Later modules (scoring, commendations) add panels to the
 * dashboard through {@link vn.atgt.thidua.dashboard.DashboardPanelSource}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "monitoring", "report", "registration", "accident", "campaign", "unit", "common" })
package vn.atgt.thidua.dashboard;
