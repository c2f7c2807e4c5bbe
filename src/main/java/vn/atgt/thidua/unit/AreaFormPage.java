package vn.atgt.thidua.unit;

import java.util.List;

/**
 * The create or edit form of an administrative area: the area (null for a new one), the levels and parent areas to
 * choose from, and the successions the area takes part in (none for a new one).
 */
public record AreaFormPage(AreaRow area, List<AreaLevelOption> levels, List<AreaRow> parents,
		List<SuccessionRow> successions) {
}
