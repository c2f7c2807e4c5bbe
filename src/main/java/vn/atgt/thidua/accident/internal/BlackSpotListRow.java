package vn.atgt.thidua.accident.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.atgt.thidua.accident.BlackSpotKind;
import vn.atgt.thidua.accident.BlackSpotStatus;

/** A line of the register as read from the database, before the names of its commune and unit are looked up. */
public record BlackSpotListRow(Long id, BlackSpotKind kind, String name, String route, String kmMarker, Long areaId,
		LocalDate identifiedOn, BlackSpotStatus status, Long responsibleUnitId, BigDecimal cost, LocalDate deadline) {
}
