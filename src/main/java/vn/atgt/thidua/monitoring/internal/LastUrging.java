package vn.atgt.thidua.monitoring.internal;

import java.time.Instant;

/** When the standing office last urged a unit in a campaign, and whether that urging is demo data. */
public record LastUrging(Long unitId, Instant at, boolean sample) {
}
