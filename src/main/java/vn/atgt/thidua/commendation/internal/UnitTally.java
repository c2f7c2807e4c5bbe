package vn.atgt.thidua.commendation.internal;

/** A unit and how many proposals it has. */
public record UnitTally(Long unitId, long count) {
}
