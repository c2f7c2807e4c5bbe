package vn.atgt.thidua.dashboard;

import java.util.List;

import org.springframework.data.domain.Page;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.unit.UnitKind;

/**
 * The results of the movement ({@code /campaigns/{id}/results}): the approved targets' completion as unit × task area
 * (a row per unit, the share met per task area shown, then its counts) and as task area × unit (per task area, a row
 * per unit that has targets in it, then the task area's total), with the filters and their choices. Both tables show
 * one page of units ({@code unitsPage}); the totals are over every unit the filter selects. A unit user sees her own
 * unit only ({@code ownUnitOnly}).
 */
public record ResultsPage(CampaignView campaign, ResultsFilter filter, List<TaskAreaView> taskAreas,
		List<TaskAreaView> shownTaskAreas, List<AreaOption> areas, Page<UnitResult> unitsPage,
		List<TaskAreaResult> byTaskArea, Tally total, boolean ownUnitOnly, DashboardActions actions) {

	/** The units of this page (every unit of the selection in the export), in the campaign's order. */
	public List<UnitResult> units() {
		return unitsPage.getContent();
	}

	/** An area to filter by. */
	public record AreaOption(Long id, String name) {
	}

	/** A unit's row: its tally per shown task area (in their order) and over them all. */
	public record UnitResult(Long unitId, String unitName, UnitKind unitKind, List<Tally> cells, Tally total) {
	}

	/** A task area's rows: the units with targets in it and their tallies, and its total over them. */
	public record TaskAreaResult(TaskAreaView taskArea, List<UnitLine> units, Tally total) {
	}

	/** A unit's tally under one task area. */
	public record UnitLine(Long unitId, String unitName, UnitKind unitKind, Tally tally) {
	}

	public UnitKind[] unitKinds() {
		return UnitKind.values();
	}
}
