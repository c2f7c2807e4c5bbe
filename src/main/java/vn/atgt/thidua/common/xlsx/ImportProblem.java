package vn.atgt.thidua.common.xlsx;

/** One thing wrong with an import sheet: the row number as Excel shows it, the column header, and why. */
public record ImportProblem(int row, String column, String messageKey, Object... args) {
}
