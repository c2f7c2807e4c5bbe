package vn.atgt.thidua.accident.web;

import vn.atgt.thidua.accident.AccidentCells;
import vn.atgt.thidua.accident.AccidentFigures;

/**
 * One row of the entry grid: an area and its cells as typed (text, so that "1.234" is read the Vietnamese way and a
 * slip becomes a message beside the cell). The cell names are those of {@link AccidentFigures}.
 */
record LineForm(Long areaId, String cases, String deaths, String injured, String drinkDrivingCases,
		String especiallySeriousCases, String commercialTransportCases, String collisions, String verySeriousCases,
		String seriousCases, String lessSeriousCases) {

	static LineForm empty(Long areaId) {
		return new LineForm(areaId, "", "", "", "", "", "", "", "", "", "");
	}

	static LineForm of(Long areaId, AccidentFigures f) {
		if (f == null) {
			return empty(areaId);
		}
		return new LineForm(areaId, text(f.cases()), text(f.deaths()), text(f.injured()), text(f.drinkDrivingCases()),
				text(f.especiallySeriousCases()), text(f.commercialTransportCases()), text(f.collisions()),
				text(f.verySeriousCases()), text(f.seriousCases()), text(f.lessSeriousCases()));
	}

	/** The cell's text by its name. */
	String cell(String name) {
		return switch (name) {
			case "cases" -> cases;
			case "deaths" -> deaths;
			case "injured" -> injured;
			case "drinkDrivingCases" -> drinkDrivingCases;
			case "especiallySeriousCases" -> especiallySeriousCases;
			case "commercialTransportCases" -> commercialTransportCases;
			case "collisions" -> collisions;
			case "verySeriousCases" -> verySeriousCases;
			case "seriousCases" -> seriousCases;
			case "lessSeriousCases" -> lessSeriousCases;
			default -> throw new IllegalArgumentException(name);
		};
	}

	/** True when something was typed in the row. */
	boolean isFilled() {
		return AccidentCells.isFilled(this::cell);
	}

	private static String text(Integer value) {
		return value == null ? "" : Integer.toString(value);
	}
}
