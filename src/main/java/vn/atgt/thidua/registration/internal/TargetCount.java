package vn.atgt.thidua.registration.internal;

/** How many targets a unit registered under one task area. */
public record TargetCount(Long unitId, Long taskAreaId, long count) {
}
