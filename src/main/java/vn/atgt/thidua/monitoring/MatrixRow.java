package vn.atgt.thidua.monitoring;

import java.util.List;

import vn.atgt.thidua.unit.UnitKind;

/**
 * A unit's row of the status matrix: one cell per column (the registration first, then the periods in the columns'
 * order) and its totals over the periods (the registration is not counted in them).
 */
public record MatrixRow(Long unitId, String unitName, UnitKind unitKind, List<MatrixCell> cells, Totals totals) {
}
