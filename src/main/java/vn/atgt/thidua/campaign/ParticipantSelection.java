package vn.atgt.thidua.campaign;

import java.util.List;

import org.springframework.data.domain.Page;

import vn.atgt.thidua.unit.UnitKind;

/**
 * The participants a filter selects (one unit, a kind of unit, an area; null: any): the units of them all, in the
 * campaign's order (for the figures over the whole selection), and one page of them with their units' names.
 */
public record ParticipantSelection(List<Long> unitIds, Page<ParticipantView> page) {

	/** What selects participants: their unit, its kind and its area (null: any). */
	public record Filter(Long unitId, UnitKind unitKind, Long areaId) {

		public boolean isEmpty() {
			return unitId == null && unitKind == null && areaId == null;
		}
	}
}
