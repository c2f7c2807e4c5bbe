package vn.atgt.thidua.accident;

import java.util.function.ToIntFunction;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * What is counted: the three criteria of every report (cases, deaths, injured), what the cases include (drink-driving,
 * especially serious, commercial transport cars) and collisions, counted apart from accidents.
 */
public enum Criterion implements Labelled {
	CASES(false, AccidentFigures::cases),
	DEATHS(true, AccidentFigures::deaths),
	INJURED(true, AccidentFigures::injured),
	DRINK_DRIVING(false, AccidentFigures::drinkDrivingCases),
	ESPECIALLY_SERIOUS(false, AccidentFigures::especiallySeriousCases),
	COMMERCIAL_TRANSPORT(false, AccidentFigures::commercialTransportCases),
	COLLISIONS(false, AccidentFigures::collisions);

	private final boolean people;
	private final ToIntFunction<AccidentFigures> value;

	Criterion(boolean people, ToIntFunction<AccidentFigures> value) {
		this.people = people;
		this.value = value;
	}

	/** True when the criterion counts people ("người"), false when it counts cases ("vụ"). */
	public boolean countsPeople() {
		return people;
	}

	public int of(AccidentFigures figures) {
		return value.applyAsInt(figures);
	}

	/** The three criteria of "kéo giảm trên cả 3 tiêu chí". */
	public static Criterion[] main() {
		return new Criterion[] { CASES, DEATHS, INJURED };
	}

	/** What the cases include, and collisions. */
	public static Criterion[] others() {
		return new Criterion[] { DRINK_DRIVING, ESPECIALLY_SERIOUS, COMMERCIAL_TRANSPORT, COLLISIONS };
	}

	@Override
	public String messageKey() {
		return "accident.criterion." + name();
	}

	/** The unit word's key: "vụ" or "người". */
	public String unitKey() {
		return people ? "accident.unit.people" : "accident.unit.cases";
	}
}
