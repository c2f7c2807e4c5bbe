/**
 * What people see first: the home page by role (a unit's items and the standing office's campaigns at a glance), and
 * later the leadership dashboard and the public pages. It owns no data: it reads other modules only through their
 * doors (the running campaigns, the user's unit, monitoring's lateness and progress) and aggregate queries.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "monitoring", "campaign", "unit", "common" })
package vn.atgt.thidua.dashboard;
