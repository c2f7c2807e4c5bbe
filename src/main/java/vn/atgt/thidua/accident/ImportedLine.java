package vn.atgt.thidua.accident;

/** A row of an imported monthly sheet, checked: the area it names, its figures, and the source written on it. */
public record ImportedLine(int row, Long areaId, String areaName, AccidentFigures figures, String source) {
}
