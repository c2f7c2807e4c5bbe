package vn.atgt.thidua.dashboard;

import java.util.List;

/**
 * A panel another module adds to the dashboard through {@link DashboardPanelSource}: a title (a message key) and lines,
 * each a label, a value and the list behind it (null when there is none).
 */
public record DashboardPanel(String titleKey, List<Line> lines) {

	public record Line(String label, String value, String link) {
	}
}
