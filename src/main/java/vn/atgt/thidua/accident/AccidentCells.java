package vn.atgt.thidua.accident;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import vn.atgt.thidua.common.format.VietnameseNumbers;

/**
 * Reads the cells of one row of figures, typed in the entry grid or found in an imported sheet, the way Vietnamese
 * offices write numbers ("1.234" is one thousand two hundred thirty-four). The cells are named as the fields of
 * {@link AccidentFigures}; a blank count is 0, a blank class of the optional breakdown is "not given".
 */
public final class AccidentCells {

	/** No area counts more in a month; a larger number is a slip. */
	public static final int MAX = 100_000;

	/** The counts of a row, in the order of the grid and the import sheet; blank is 0. */
	public static final List<String> COUNTS = List.of("cases", "deaths", "injured", "drinkDrivingCases",
			"especiallySeriousCases", "commercialTransportCases", "collisions");

	/** The optional breakdown by class; blank is "not given". */
	public static final List<String> CLASSES = List.of("verySeriousCases", "seriousCases", "lessSeriousCases");

	/** Every cell of a row. */
	public static final List<String> ALL = Stream.concat(COUNTS.stream(), CLASSES.stream()).toList();

	/** Where a cell's problem goes: the cell's name, a message key and its arguments. */
	@FunctionalInterface
	public interface Problems {
		void add(String cell, String messageKey, Object... args);
	}

	private AccidentCells() {
	}

	/**
	 * The figures of the row, or null when a cell is not a whole number from 0 to {@link #MAX} (each such cell is
	 * reported) or when the row does not count ({@code counted} false: its cells are still checked).
	 */
	public static AccidentFigures read(UnaryOperator<String> cells, boolean counted, Problems problems) {
		boolean valid = true;
		Integer[] values = new Integer[ALL.size()];
		for (int i = 0; i < ALL.size(); i++) {
			Cell cell = parse(ALL.get(i), cells.apply(ALL.get(i)), problems);
			valid &= cell.valid();
			values[i] = cell.value();
		}
		if (!valid || !counted) {
			return null;
		}
		return new AccidentFigures(zero(values[0]), zero(values[1]), zero(values[2]), zero(values[3]),
				zero(values[4]), zero(values[5]), zero(values[6]), values[7], values[8], values[9]);
	}

	/** True when any cell of the row holds something. */
	public static boolean isFilled(UnaryOperator<String> cells) {
		return ALL.stream().anyMatch(name -> !blank(cells.apply(name)));
	}

	private record Cell(Integer value, boolean valid) {
	}

	private static Cell parse(String cell, String text, Problems problems) {
		if (blank(text)) {
			return new Cell(null, true);
		}
		BigDecimal value;
		try {
			value = VietnameseNumbers.parse(text).orElseThrow();
		}
		catch (NumberFormatException e) {
			problems.add(cell, "accident.figure.notNumber", text.strip());
			return new Cell(null, false);
		}
		if (value.signum() < 0) {
			problems.add(cell, "accident.figure.negative");
			return new Cell(null, false);
		}
		if (value.stripTrailingZeros().scale() > 0) {
			problems.add(cell, "accident.figure.whole", text.strip());
			return new Cell(null, false);
		}
		if (value.compareTo(BigDecimal.valueOf(MAX)) > 0) {
			problems.add(cell, "accident.figure.tooLarge", VietnameseNumbers.format(MAX));
			return new Cell(null, false);
		}
		return new Cell(value.intValueExact(), true);
	}

	private static int zero(Integer value) {
		return value == null ? 0 : value;
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
