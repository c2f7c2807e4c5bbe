package vn.atgt.thidua.accident;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of the register (and of its export): where, what, since when, who treats it, by when, how far. */
public record BlackSpotRow(Long id, BlackSpotKind kind, String name, String route, String kmMarker, String areaName,
		LocalDate identifiedOn, BlackSpotStatus status, String responsibleUnitName, BigDecimal cost,
		LocalDate deadline) {

	/** "QL4D, Km 12+300", or whichever of the two is known. */
	public String location() {
		if (route == null || route.isBlank()) {
			return kmMarker == null ? "" : kmMarker;
		}
		return kmMarker == null || kmMarker.isBlank() ? route : route + ", " + kmMarker;
	}
}
