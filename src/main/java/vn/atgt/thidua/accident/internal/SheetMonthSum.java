package vn.atgt.thidua.accident.internal;

import vn.atgt.thidua.accident.AccidentFigures;

/**
 * The sum of a month's confirmed lines, as {@code FigureComparison.sum} adds them: a class of cases (very serious,
 * serious, less serious) is null when one of the lines has none.
 */
public record SheetMonthSum(int year, int month, Long cases, Long deaths, Long injured, Long drinkDrivingCases,
		Long especiallySeriousCases, Long commercialTransportCases, Long collisions, Long verySeriousCases,
		Long seriousCases, Long lessSeriousCases) {

	public AccidentFigures figures() {
		return new AccidentFigures(cases.intValue(), deaths.intValue(), injured.intValue(),
				drinkDrivingCases.intValue(), especiallySeriousCases.intValue(), commercialTransportCases.intValue(),
				collisions.intValue(), orNull(verySeriousCases), orNull(seriousCases), orNull(lessSeriousCases));
	}

	private static Integer orNull(Long value) {
		return value == null ? null : value.intValue();
	}
}
