package vn.atgt.thidua.accident;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one area and period: cases (số vụ), deaths (số người chết) and injured (số người bị thương); of
 * the cases, those caused by drink-driving, the especially serious ones and those involving commercial transport cars;
 * collisions (va chạm giao thông) counted apart; and, when the police give it, the other classes of the cases (very
 * serious, serious, less serious; null when not given).
 */
public record AccidentFigures(int cases, int deaths, int injured, int drinkDrivingCases, int especiallySeriousCases,
		int commercialTransportCases, int collisions, Integer verySeriousCases, Integer seriousCases,
		Integer lessSeriousCases) {

	public static final AccidentFigures ZERO = new AccidentFigures(0, 0, 0, 0, 0, 0, 0, null, null, null);

	/** The three criteria only, the rest zero: the usual short form in tests and samples. */
	public static AccidentFigures of(int cases, int deaths, int injured) {
		return new AccidentFigures(cases, deaths, injured, 0, 0, 0, 0, null, null, null);
	}

	public int value(Criterion criterion) {
		return criterion.of(this);
	}

	/** The figure named as {@link AccidentCells} names it ("cases", "verySeriousCases" …); null when not given. */
	public Integer cell(String name) {
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
			default -> throw new IllegalArgumentException("no figure " + name);
		};
	}

	/** True when the breakdown by class was given. */
	public boolean hasClasses() {
		return verySeriousCases != null || seriousCases != null || lessSeriousCases != null;
	}

	/** The sum of two sets (two areas, or two months); a class breakdown stays only where both have it. */
	public AccidentFigures plus(AccidentFigures other) {
		return new AccidentFigures(cases + other.cases, deaths + other.deaths, injured + other.injured,
				drinkDrivingCases + other.drinkDrivingCases, especiallySeriousCases + other.especiallySeriousCases,
				commercialTransportCases + other.commercialTransportCases, collisions + other.collisions,
				sum(verySeriousCases, other.verySeriousCases), sum(seriousCases, other.seriousCases),
				sum(lessSeriousCases, other.lessSeriousCases));
	}

	/**
	 * What is wrong with these figures: a negative number, more deaths than {@code maxDeaths} (a typing slip far
	 * more often than a real month), or an "of which" larger than the cases.
	 */
	public List<FigureProblem> problems(int maxDeaths) {
		List<FigureProblem> problems = new ArrayList<>();
		negative(problems, "cases", cases);
		negative(problems, "deaths", deaths);
		negative(problems, "injured", injured);
		negative(problems, "drinkDrivingCases", drinkDrivingCases);
		negative(problems, "especiallySeriousCases", especiallySeriousCases);
		negative(problems, "commercialTransportCases", commercialTransportCases);
		negative(problems, "collisions", collisions);
		negative(problems, "verySeriousCases", verySeriousCases);
		negative(problems, "seriousCases", seriousCases);
		negative(problems, "lessSeriousCases", lessSeriousCases);
		if (deaths > maxDeaths) {
			problems.add(new FigureProblem(-1, "deaths", "accident.figure.deathsTooMany", maxDeaths));
		}
		ofWhich(problems, "drinkDrivingCases", drinkDrivingCases);
		ofWhich(problems, "especiallySeriousCases", especiallySeriousCases);
		ofWhich(problems, "commercialTransportCases", commercialTransportCases);
		int classes = especiallySeriousCases + zero(verySeriousCases) + zero(seriousCases) + zero(lessSeriousCases);
		if (hasClasses() && classes > cases && problems.isEmpty()) {
			problems.add(new FigureProblem(-1, "lessSeriousCases", "accident.figure.classesTooMany", cases));
		}
		return problems;
	}

	private void ofWhich(List<FigureProblem> problems, String field, int value) {
		if (value > cases && cases >= 0) {
			problems.add(new FigureProblem(-1, field, "accident.figure.ofWhichTooMany", cases));
		}
	}

	private static void negative(List<FigureProblem> problems, String field, Integer value) {
		if (value != null && value < 0) {
			problems.add(new FigureProblem(-1, field, "accident.figure.negative"));
		}
	}

	private static Integer sum(Integer a, Integer b) {
		return a == null || b == null ? null : a + b;
	}

	private static int zero(Integer value) {
		return value == null ? 0 : value;
	}
}
