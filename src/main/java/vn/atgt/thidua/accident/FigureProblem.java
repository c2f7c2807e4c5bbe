package vn.atgt.thidua.accident;

/**
 * One thing wrong with a figure set: the field (as {@link AccidentFigures} names it), a message key and its
 * arguments. {@code row} is the position of the set in the sheet or form it came from (-1 when it stands alone).
 */
public record FigureProblem(int row, String field, String messageKey, Object... args) {

	public FigureProblem at(int row) {
		return new FigureProblem(row, field, messageKey, args);
	}
}
