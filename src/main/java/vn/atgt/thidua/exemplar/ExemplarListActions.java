package vn.atgt.thidua.exemplar;

/**
 * What the user may do on the list: {@code create} an exemplar of her own unit ({@code unitId}), and whether she sees
 * every unit's ({@code seesAllUnits}: the office, leaders, administrators) or only her unit's.
 */
public record ExemplarListActions(boolean create, Long unitId, boolean seesAllUnits) {
}
