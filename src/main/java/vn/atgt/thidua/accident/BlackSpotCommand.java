package vn.atgt.thidua.accident;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the register says of a point: kind and name, where (route, km marker, commune, optional coordinates), when it
 * was identified and on which criterion, its accident history and cause, the measures, the responsible unit, the
 * cost (đồng) and the deadline.
 */
public record BlackSpotCommand(BlackSpotKind kind, String name, String route, String kmMarker, Long areaId,
		BigDecimal latitude, BigDecimal longitude, LocalDate identifiedOn, String criterion, String accidentHistory,
		String cause, String measures, Long responsibleUnitId, BigDecimal cost, LocalDate deadline) {
}
