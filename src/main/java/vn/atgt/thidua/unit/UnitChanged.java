package vn.atgt.thidua.unit;

/**
 * A unit's name, short name or kind may have changed (published by {@link UnitService#update} inside its transaction):
 * the campaigns it takes part in show them where their units stand.
 */
public record UnitChanged(Long unitId) {
}
