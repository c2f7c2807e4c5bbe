package vn.atgt.thidua.rollup;

/**
 * What the reader of a roll-up may do: download it as XLSX, open a child's campaign (its pages read-only). Nothing
 * that changes a child: the parent reads, never writes.
 */
public record RollupActions(boolean export, boolean drillDown) {
}
