package vn.atgt.thidua.registration;

import java.util.Map;

import vn.atgt.thidua.unit.UnitKind;

/**
 * One participating unit in the standing office's table: its name and kind, where its registration stands, and how
 * many targets it registered per task area (by task area id).
 */
public record RegistrationOverviewRow(Long unitId, String unitName, UnitKind unitKind, RegistrationStatusRow standing,
		Map<Long, Long> targetsPerTaskArea) {

	public long targetsIn(Long taskAreaId) {
		return targetsPerTaskArea.getOrDefault(taskAreaId, 0L);
	}

	public long targetCount() {
		return targetsPerTaskArea.values().stream().mapToLong(Long::longValue).sum();
	}
}
