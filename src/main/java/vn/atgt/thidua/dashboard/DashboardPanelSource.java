package vn.atgt.thidua.dashboard;

import java.util.Optional;

import vn.atgt.thidua.common.security.CurrentUser;

/**
 * The dashboard's extension point for the modules that come after it: scoring (the ranking's top) and commendations
 * (the proposals in the pipeline, the exemplary models) implement it as a Spring bean, and the dashboard shows each
 * panel they return below its own sections, in bean order. Today no module implements it, so the dashboard shows no
 * such panel (and never a placeholder figure). An implementation checks its own module's access policy and returns
 * empty when the user may not see it or there is nothing to show yet; it should read a constant number of SQL
 * statements, as the dashboard does.
 */
public interface DashboardPanelSource {

	Optional<DashboardPanel> panel(CurrentUser user, Long campaignId);
}
