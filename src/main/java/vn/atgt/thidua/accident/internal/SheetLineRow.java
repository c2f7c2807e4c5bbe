package vn.atgt.thidua.accident.internal;

import vn.atgt.thidua.accident.AccidentFigures;
import vn.atgt.thidua.accident.SheetScope;

/** One line of a confirmed sheet, as the comparison reads it: its month, the sheet's scope, the area and figures. */
public record SheetLineRow(int year, int month, SheetScope scope, Long areaId, int cases, int deaths, int injured,
		int drinkDrivingCases, int especiallySeriousCases, int commercialTransportCases, int collisions,
		Integer verySeriousCases, Integer seriousCases, Integer lessSeriousCases) {

	public AccidentFigures figures() {
		return new AccidentFigures(cases, deaths, injured, drinkDrivingCases, especiallySeriousCases,
				commercialTransportCases, collisions, verySeriousCases, seriousCases, lessSeriousCases);
	}
}
