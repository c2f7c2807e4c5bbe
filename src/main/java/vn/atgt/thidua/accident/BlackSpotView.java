package vn.atgt.thidua.accident;

import java.util.List;

/**
 * A point of the register with everything the page shows: what it says (as a command, for the edit form too), the
 * names of its commune and responsible unit, the rule its criterion was judged by, its status, history and files.
 */
public record BlackSpotView(Long id, BlackSpotCommand details, String areaName, String responsibleUnitName,
		AccidentRuleView rule, BlackSpotStatus status, long version, List<BlackSpotHistoryRow> history,
		List<BlackSpotFileRow> files) {
}
