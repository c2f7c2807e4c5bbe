package vn.atgt.thidua.dashboard;

import java.util.List;

/**
 * What the home page shows beside the greeting: the running campaigns at a glance for the user's unit (its officers
 * and head) and for the standing office, leaders and administrators; each list is empty for the others.
 */
public record HomePage(List<UnitGlance> unitGlances, List<OfficeGlance> officeGlances) {
}
