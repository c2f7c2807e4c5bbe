package vn.atgt.thidua.dashboard;

/**
 * What the dashboard and results pages offer the user: the dashboard itself, the results page, and links to the
 * standing office's lists behind the figures (monitoring, review, registrations), which a unit user may not open, and
 * the switch of the campaign's public page.
 */
public record DashboardActions(boolean dashboard, boolean results, boolean followLists, boolean publish) {
}
